# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
#
# Install rules and CPack for the three executables, included last by the top-level
# CMakeLists.txt so the targets exist. What each installer puts where: packaging/README.md.
#   Linux:   FHS layout (GNUInstallDirs), .deb and .rpm; Qt comes from the distribution.
#   Windows: bin/ with Qt deployed by windeployqt (Qt's deploy script), NSIS, ZIP, WiX.
#   macOS:   hero-explorer.app with the CLI tools inside, macdeployqt, DragNDrop (.dmg).
# Tests, benchmarks and static libraries have no install rules, so nothing of them ships.

include(GNUInstallDirs)

set(HERO_APP_ID "io.github.hero_api_explorer.HeroApiExplorer")
set(HERO_PACKAGE_NAME "hero-api-explorer")
set(HERO_DISPLAY_NAME "Hero API Explorer")
set(HERO_VENDOR "Hero API Explorer contributors")
set(HERO_CONTACT "Hero API Explorer contributors <hero-api-explorer@users.noreply.github.com>"
    CACHE STRING "Maintainer of the .deb and contact of the installers")
set(HERO_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(hero_resources "${CMAKE_CURRENT_LIST_DIR}/../resources")
cmake_path(NORMAL_PATH hero_resources)
set(hero_executables hero-explorer hero-cli hero-sandbox)
# install(IMPORTED_RUNTIME_ARTIFACTS) refuses aliases, and QtKeychain's config makes
# Qt6Keychain::Qt6Keychain an alias of the imported qt6keychain.
set(hero_keychain_target "")
if(TARGET Qt6Keychain::Qt6Keychain)
    get_target_property(hero_keychain_target Qt6Keychain::Qt6Keychain ALIASED_TARGET)
    if(NOT hero_keychain_target)
        set(hero_keychain_target Qt6Keychain::Qt6Keychain)
    endif()
endif()
foreach(target IN LISTS hero_executables)
    if(NOT TARGET ${target})
        message(WARNING "packaging: target ${target} does not exist; it will not be installed")
        list(REMOVE_ITEM hero_executables ${target})
    endif()
endforeach()

# The metainfo's newest release must be this version, or software centres show a stale one.
file(READ "${hero_resources}/linux/${HERO_APP_ID}.metainfo.xml" hero_metainfo)
set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    "${hero_resources}/linux/${HERO_APP_ID}.metainfo.xml")
if(NOT hero_metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(WARNING "packaging: ${HERO_APP_ID}.metainfo.xml has no <release> for ${PROJECT_VERSION}")
endif()

# CPack's WiX and NSIS generators want a licence file with an extension they know.
configure_file("${CMAKE_SOURCE_DIR}/LICENSE" "${CMAKE_BINARY_DIR}/packaging/LICENSE.txt" COPYONLY)

# ---------------------------------------------------------------------------------------------
# Linux and other freedesktop systems
if(UNIX AND NOT APPLE)
    install(TARGETS ${hero_executables} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES "${hero_resources}/icons/hero-api-explorer.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${HERO_APP_ID}.svg)
    foreach(size IN LISTS HERO_ICON_SIZES)
        install(FILES "${hero_resources}/icons/png/hero-api-explorer-${size}.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${HERO_APP_ID}.png)
    endforeach()
    install(FILES "${hero_resources}/linux/${HERO_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${hero_resources}/linux/${HERO_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES "${CMAKE_SOURCE_DIR}/LICENSE" "${CMAKE_SOURCE_DIR}/README.md"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${HERO_PACKAGE_NAME})
endif()

# ---------------------------------------------------------------------------------------------
# Windows
if(WIN32)
    if(TARGET hero-explorer)
        set(HERO_RC_ICON "${hero_resources}/windows/hero-api-explorer.ico")
        file(TO_CMAKE_PATH "${HERO_RC_ICON}" HERO_RC_ICON)
        configure_file("${hero_resources}/windows/hero-explorer.rc.in"
            "${CMAKE_BINARY_DIR}/packaging/hero-explorer.rc" @ONLY)
        target_sources(hero-explorer PRIVATE "${CMAKE_BINARY_DIR}/packaging/hero-explorer.rc")
        set_target_properties(hero-explorer PROPERTIES WIN32_EXECUTABLE ON)
    endif()
    install(TARGETS ${hero_executables} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    # Not a Qt module, so windeployqt does not copy it.
    if(hero_keychain_target)
        install(IMPORTED_RUNTIME_ARTIFACTS ${hero_keychain_target}
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
            LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
    # The MSVC runtime next to the executables, so no separate redistributable is needed.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
    install(FILES "${CMAKE_BINARY_DIR}/packaging/LICENSE.txt" "${CMAKE_SOURCE_DIR}/README.md"
        DESTINATION doc)
endif()

# ---------------------------------------------------------------------------------------------
# macOS: one bundle; the CLI tools live in Contents/MacOS and share its frameworks.
if(APPLE)
    set(hero_bundle "hero-explorer.app")
    if(TARGET hero-explorer)
        set(hero_icns "${hero_resources}/macos/hero-api-explorer.icns")
        target_sources(hero-explorer PRIVATE "${hero_icns}")
        set_source_files_properties("${hero_icns}" TARGET_DIRECTORY hero-explorer
            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(hero-explorer PROPERTIES
            MACOSX_BUNDLE ON
            MACOSX_BUNDLE_INFO_PLIST "${hero_resources}/macos/Info.plist.in"
            MACOSX_BUNDLE_BUNDLE_NAME "${HERO_DISPLAY_NAME}"
            MACOSX_BUNDLE_GUI_IDENTIFIER "${HERO_APP_ID}"
            MACOSX_BUNDLE_ICON_FILE "hero-api-explorer.icns"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_INFO_STRING "${HERO_DISPLAY_NAME} ${PROJECT_VERSION}"
            MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 ${HERO_VENDOR}, MIT licence")
        install(TARGETS hero-explorer BUNDLE DESTINATION .)
    endif()
    # macdeployqt fixes only the bundle's main executable; the tools find the same Qt
    # frameworks and qtkeychain through this rpath. Third-party libraries are linked
    # statically on the macOS runner (vcpkg), so there is nothing else to resolve.
    foreach(tool hero-cli hero-sandbox)
        if(TARGET ${tool})
            set_target_properties(${tool} PROPERTIES
                INSTALL_RPATH "@executable_path/../Frameworks")
            install(TARGETS ${tool} RUNTIME DESTINATION ${hero_bundle}/Contents/MacOS)
        endif()
    endforeach()
    if(hero_keychain_target)
        install(IMPORTED_RUNTIME_ARTIFACTS ${hero_keychain_target}
            LIBRARY DESTINATION ${hero_bundle}/Contents/Frameworks
            FRAMEWORK DESTINATION ${hero_bundle}/Contents/Frameworks)
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# Qt deployment (windeployqt / macdeployqt) on Windows and macOS; Linux packages use the
# distribution's Qt. The signature changed in 6.5: FILENAME_VARIABLE before, OUTPUT_SCRIPT after.
if((WIN32 OR APPLE) AND TARGET hero-explorer)
    if(Qt6_VERSION VERSION_LESS 6.5)
        qt_generate_deploy_app_script(TARGET hero-explorer
            FILENAME_VARIABLE hero_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET hero-explorer
            OUTPUT_SCRIPT hero_deploy_script
            NO_COMPILER_RUNTIME
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${hero_deploy_script}")
endif()

# macOS signing, opt-in: -DHERO_MACOS_SIGN_IDENTITY="Developer ID Application: … (TEAMID)".
# It runs after macdeployqt, inside out (libraries, tools, then the bundle), with the hardened
# runtime that notarisation requires. Notarising the .dmg is a CI step (.github/workflows/macos.yml).
set(HERO_MACOS_SIGN_IDENTITY "" CACHE STRING "codesign identity for the macOS bundle (empty: unsigned)")
if(APPLE AND HERO_MACOS_SIGN_IDENTITY)
    set(hero_entitlements "${hero_resources}/macos/entitlements.plist")
    install(CODE "
        set(bundle \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${hero_bundle}\")
        file(GLOB_RECURSE nested LIST_DIRECTORIES false
            \"\${bundle}/Contents/Frameworks/*.dylib\" \"\${bundle}/Contents/PlugIns/*.dylib\")
        file(GLOB frameworks LIST_DIRECTORIES true \"\${bundle}/Contents/Frameworks/*.framework\")
        foreach(item IN LISTS nested frameworks ITEMS
                \"\${bundle}/Contents/MacOS/hero-cli\" \"\${bundle}/Contents/MacOS/hero-sandbox\"
                \"\${bundle}\")
            execute_process(COMMAND codesign --force --timestamp --options runtime
                    --entitlements \"${hero_entitlements}\"
                    --sign \"${HERO_MACOS_SIGN_IDENTITY}\" \"\${item}\"
                COMMAND_ERROR_IS_FATAL ANY)
        endforeach()
        execute_process(COMMAND codesign --verify --deep --strict \"\${bundle}\"
            COMMAND_ERROR_IS_FATAL ANY)
    ")
endif()

# Windows signing, opt-in: -DHERO_WINDOWS_SIGN=ON signs the staged binaries before packing
# (packaging/windows/sign-binaries.cmake); the workflow signs the installers afterwards.
option(HERO_WINDOWS_SIGN "Sign the Windows binaries with signtool while packaging" OFF)
if(WIN32 AND HERO_WINDOWS_SIGN)
    set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/windows/sign-binaries.cmake")
endif()

# ---------------------------------------------------------------------------------------------
# CPack: common settings
set(CPACK_PACKAGE_NAME "${HERO_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "${HERO_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${HERO_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${HERO_DISPLAY_NAME}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${HERO_DISPLAY_NAME}")
# NSIS shows it as the header bitmap (BMP only); DragNDrop as the volume icon (.icns).
if(APPLE)
    set(CPACK_PACKAGE_ICON "${hero_resources}/macos/hero-api-explorer.icns")
else()
    set(CPACK_PACKAGE_ICON "${hero_resources}/windows/nsis-header.bmp")
endif()
set(CPACK_PACKAGE_EXECUTABLES "hero-explorer;${HERO_DISPLAY_NAME}")
set(CPACK_CREATE_DESKTOP_LINKS "hero-explorer")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_BINARY_DIR}/packaging/LICENSE.txt")
set(CPACK_RESOURCE_FILE_README "${CMAKE_SOURCE_DIR}/README.md")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)

# DEB. dpkg-shlibdeps sees the linked Qt libraries but not what QtKeychain dlopen()s
# (libsecret) nor the platform plugins (qt6-qpa-plugins), so those are listed by hand.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HERO_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "A desktop explorer for the Hero Health Public API: browse the endpoints,\ncompose requests, read answers, and get every 401, 403, 429 and network\nfailure explained in plain words. API keys are kept in the system keychain\n(Secret Service). Includes hero-cli and hero-sandbox, an offline emulator\nof the API.")

# RPM. Only `rpm -qpR` is checked here; build real RPMs on the target distribution.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_GROUP "Development/Tools")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret")
set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
# Directories the distribution owns (filesystem, hicolor-icon-theme): an RPM must not claim
# them. Paths are under the packaging prefix /usr, not CMAKE_INSTALL_PREFIX.
set(hero_rpm_share "/usr/${CMAKE_INSTALL_DATADIR}")
set(hero_rpm_shared_dirs
    ${hero_rpm_share}/applications ${hero_rpm_share}/metainfo ${hero_rpm_share}/doc
    ${hero_rpm_share}/icons ${hero_rpm_share}/icons/hicolor
    ${hero_rpm_share}/icons/hicolor/scalable ${hero_rpm_share}/icons/hicolor/scalable/apps)
foreach(size IN LISTS HERO_ICON_SIZES)
    list(APPEND hero_rpm_shared_dirs ${hero_rpm_share}/icons/hicolor/${size}x${size}
        ${hero_rpm_share}/icons/hicolor/${size}x${size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${hero_rpm_shared_dirs})

# NSIS. The stock template always asks for administrator rights; the patched copy below adds
# NSIS's MultiUser page so the user picks "just me" (no admin, %LOCALAPPDATA%\Programs) or
# "everyone" (Program Files). /AllUsers or /CurrentUser choose it on the command line.
set(CPACK_NSIS_PACKAGE_NAME "${HERO_DISPLAY_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${HERO_DISPLAY_NAME}")
set(CPACK_NSIS_MUI_ICON "${hero_resources}/windows/hero-api-explorer.ico")
set(CPACK_NSIS_MUI_UNIICON "${hero_resources}/windows/hero-api-explorer.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\hero-explorer.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${HERO_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "hero-explorer.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
include("${CMAKE_CURRENT_LIST_DIR}/windows/nsis-multiuser.cmake")

# WiX (.msi). The upgrade GUID must never change: it is how Windows Installer recognises an
# older version to replace.
set(CPACK_WIX_UPGRADE_GUID "1077246C-A48B-4E9E-BAB5-134691B97134")
set(CPACK_WIX_PRODUCT_ICON "${hero_resources}/windows/hero-api-explorer.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "${HERO_DISPLAY_NAME}")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_INSTALL_SCOPE "perMachine")

# DragNDrop (.dmg)
set(CPACK_DMG_VOLUME_NAME "${HERO_DISPLAY_NAME} ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

if(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_PACKAGE_FILE_NAME "${HERO_PACKAGE_NAME}-${PROJECT_VERSION}-macos")
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    find_program(HERO_WIX_CANDLE NAMES candle wix)
    if(HERO_WIX_CANDLE)
        list(APPEND CPACK_GENERATOR "WIX")
    endif()
    set(CPACK_PACKAGE_FILE_NAME "${HERO_PACKAGE_NAME}-${PROJECT_VERSION}-windows-x64")
else()
    set(CPACK_GENERATOR "DEB;RPM")
endif()

include(CPack)
