# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
#
# Writes a copy of the running CMake's own NSIS.template.in with NSIS's MultiUser.nsh added,
# so the installer offers "Install for anyone using this computer" (Program Files, needs
# administrator rights) or "Install just for me" (%LOCALAPPDATA%\Programs, no rights needed).
# Patching the running CMake's template, rather than committing a copy, keeps every other
# CPACK_NSIS_* feature of whichever CMake the runner has. If an anchor is missing (a future
# CMake changed the template), the stock template is used and configure says so.

set(hero_nsis_stock "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in")
set(hero_nsis_dir "${CMAKE_BINARY_DIR}/packaging/nsis")

function(hero_nsis_patch text_var anchor replacement)
    string(FIND "${${text_var}}" "${anchor}" at)
    if(at EQUAL -1)
        set(hero_nsis_ok FALSE PARENT_SCOPE)
        message(STATUS "packaging: NSIS template anchor not found: ${anchor}")
        return()
    endif()
    string(REPLACE "${anchor}" "${replacement}" patched "${${text_var}}")
    set(${text_var} "${patched}" PARENT_SCOPE)
endfunction()

if(EXISTS "${hero_nsis_stock}")
    file(READ "${hero_nsis_stock}" hero_nsis)
    set(hero_nsis_ok TRUE)

    # The install-mode key is the one the template already writes ($INSTDIR as its default
    # value), so MULTIUSER_UNINIT finds how an installation was made.
    hero_nsis_patch(hero_nsis "  RequestExecutionLevel admin\n" [=[
  !define MULTIUSER_EXECUTIONLEVEL Highest
  !define MULTIUSER_MUI
  !define MULTIUSER_INSTALLMODE_COMMANDLINE
  !define MULTIUSER_USE_PROGRAMFILES64
  !define MULTIUSER_INSTALLMODE_INSTDIR "@CPACK_PACKAGE_INSTALL_DIRECTORY@"
  !define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "Software\@CPACK_PACKAGE_VENDOR@\@CPACK_PACKAGE_INSTALL_REGISTRY_KEY@"
  !define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME ""
  !define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "Software\@CPACK_PACKAGE_VENDOR@\@CPACK_PACKAGE_INSTALL_REGISTRY_KEY@"
  !define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME ""
  !include MultiUser.nsh
]=])
    # MultiUser.nsh's /AllUsers and /CurrentUser parsing brings StrFunc's StrStr, which
    # clashes with the template's own function of that name.
    hero_nsis_patch(hero_nsis "StrStr" "CPackStrStr")
    # The choice comes right after the licence, before the directory page it fills in.
    hero_nsis_patch(hero_nsis "  !insertmacro MUI_PAGE_DIRECTORY\n"
        "  !insertmacro MULTIUSER_PAGE_INSTALLMODE\n  !insertmacro MUI_PAGE_DIRECTORY\n")
    # Last in .onInit, so the choice overrides the template's admin-means-all-users guess.
    hero_nsis_patch(hero_nsis "  noOptionsPage:\nFunctionEnd"
        "  noOptionsPage:\n  !insertmacro MULTIUSER_INIT\nFunctionEnd")
    # Last in un.onInit: the uninstaller removes what the chosen mode installed.
    hero_nsis_patch(hero_nsis "  done:\n\nFunctionEnd" "  done:\n  !insertmacro MULTIUSER_UNINIT\n\nFunctionEnd")

    if(hero_nsis_ok)
        file(WRITE "${hero_nsis_dir}/NSIS.template.in" "${hero_nsis}")
        list(PREPEND CMAKE_MODULE_PATH "${hero_nsis_dir}")
    else()
        message(STATUS "packaging: NSIS uses CMake's stock template (administrator install only)")
    endif()
else()
    message(STATUS "packaging: ${hero_nsis_stock} not found; NSIS uses the stock template")
endif()
