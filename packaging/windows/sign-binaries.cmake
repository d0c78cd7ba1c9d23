# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
#
# CPACK_PRE_BUILD_SCRIPTS entry (set when -DHERO_WINDOWS_SIGN=ON): signs our own executables
# and qt6keychain.dll in CPack's staging tree, before NSIS/WiX/ZIP pack them. The Qt DLLs keep
# The Qt Company's signatures. Needs signtool on PATH (the MSVC developer prompt) and the
# environment variables HERO_SIGN_PFX (path of the .pfx) and HERO_SIGN_PASSWORD.
if(NOT DEFINED ENV{HERO_SIGN_PFX} OR NOT DEFINED ENV{HERO_SIGN_PASSWORD})
    message(FATAL_ERROR "sign-binaries: HERO_SIGN_PFX and HERO_SIGN_PASSWORD must be set")
endif()
file(GLOB_RECURSE hero_unsigned LIST_DIRECTORIES false
    "${CPACK_TEMPORARY_DIRECTORY}/*hero-*.exe" "${CPACK_TEMPORARY_DIRECTORY}/*qt6keychain*.dll")
if(NOT hero_unsigned)
    message(FATAL_ERROR "sign-binaries: nothing to sign under ${CPACK_TEMPORARY_DIRECTORY}")
endif()
foreach(file IN LISTS hero_unsigned)
    message(STATUS "sign-binaries: ${file}")
    execute_process(COMMAND signtool sign /f "$ENV{HERO_SIGN_PFX}" /p "$ENV{HERO_SIGN_PASSWORD}"
            /fd sha256 /tr http://timestamp.digicert.com /td sha256 "${file}"
        OUTPUT_QUIET
        COMMAND_ERROR_IS_FATAL ANY)
endforeach()
