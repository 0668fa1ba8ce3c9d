# Packages (installer/README.md): on Linux a .deb per component, papo-server (component
# `server`) and papo-desk (`desk`); NSIS on Windows and a DragNDrop .dmg on macOS are
# configured but have never been built. Included last from the top CMakeLists.txt, after
# every install() rule.

set(PAPO_PACKAGE_CONTACT "Papo team <papo@example.org>"
    CACHE STRING "Maintainer named in the packages (Debian's Maintainer field)")

set(papo_installer_dir "${PROJECT_SOURCE_DIR}/installer")
set(papo_components)

if(PAPO_BUILD_SERVER)
    list(APPEND papo_components server)
    if(UNIX AND NOT APPLE)
        # Fixed system paths: the unit runs /usr/bin/papo-server and reads this settings file.
        # EXCLUDE_FROM_ALL: only the package (a component install) has them, so a plain
        # `cmake --install --prefix DIR` never writes to /etc or /lib.
        install(FILES "${papo_installer_dir}/papo-server.service"
                DESTINATION /lib/systemd/system COMPONENT server EXCLUDE_FROM_ALL)
        install(FILES "${papo_installer_dir}/papo-server.conf"
                DESTINATION /etc/papo COMPONENT server EXCLUDE_FROM_ALL
                PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ) # may hold PAPO_OWNER_PASSWORD
        install(FILES "${papo_installer_dir}/README.md"
                DESTINATION share/doc/papo-server COMPONENT server)
    endif()
endif()
if(PAPO_BUILD_CLIENT)
    list(APPEND papo_components desk)
endif()

# Debian wants in each package a copyright file, a changelog and manual pages, the latter two
# compressed with gzip -9n.
if(UNIX AND NOT APPLE)
    find_program(PAPO_GZIP gzip REQUIRED)
    set(papo_gzipped)
    foreach(source debian/changelog man/papo-server.1 man/papo-desk.1)
        get_filename_component(name "${source}" NAME)
        set(copy "${CMAKE_CURRENT_BINARY_DIR}/installer/${name}")
        add_custom_command(OUTPUT "${copy}.gz"
            COMMAND ${CMAKE_COMMAND} -E copy "${papo_installer_dir}/${source}" "${copy}"
            COMMAND ${PAPO_GZIP} -9 -n -f "${copy}"
            DEPENDS "${papo_installer_dir}/${source}"
            VERBATIM)
        list(APPEND papo_gzipped "${copy}.gz")
    endforeach()
    add_custom_target(papo_package_docs ALL DEPENDS ${papo_gzipped})
    foreach(component IN LISTS papo_components)
        if(component STREQUAL "server")
            set(program papo-server)
        else()
            set(program papo-desk)
        endif()
        install(FILES "${papo_installer_dir}/debian/copyright"
                      "${CMAKE_CURRENT_BINARY_DIR}/installer/changelog.gz"
                DESTINATION share/doc/${program} COMPONENT ${component})
        install(FILES "${CMAKE_CURRENT_BINARY_DIR}/installer/${program}.1.gz"
                DESTINATION share/man/man1 COMPONENT ${component})
    endforeach()
endif()

set(CPACK_PACKAGE_NAME papo)
set(CPACK_PACKAGE_VENDOR "Papo")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${PAPO_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Papo")
set(CPACK_COMPONENTS_ALL ${papo_components})
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Papo server")
set(CPACK_COMPONENT_DESK_DISPLAY_NAME "Papo desk")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "The live-chat server: data, the website widget and the operators' connections.")
set(CPACK_COMPONENT_DESK_DESCRIPTION "The operators' desktop app.")

# Debian: papo-server_VERSION_ARCH.deb and papo-desk_VERSION_ARCH.deb.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SOURCE papo)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Depends from the libraries the binaries link
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME papo-server)
set(CPACK_DEBIAN_SERVER_DESCRIPTION "self-hosted live chat for websites - server
papo-server keeps the conversations (SQLite or PostgreSQL), serves the chat
widget a website embeds with a two-line snippet, and connects the team's
papo-desk apps.
.
This package runs it as the systemd service papo-server, as the papo user,
with its data in /var/lib/papo and its settings in /etc/papo/papo-server.conf.")
# Qt's SQLite driver is a plugin, which dpkg-shlibdeps cannot see; adduser makes the papo user.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
# Read at run time: uap-core's user-agent rules (without them every browser reads "Other") and
# Qt's PostgreSQL driver (--database postgresql://, several nodes).
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "uap-core, libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "nginx, postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA)
foreach(file postinst prerm postrm conffiles)
    list(APPEND CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA "${papo_installer_dir}/debian/${file}")
endforeach()
set(CPACK_DEBIAN_DESK_PACKAGE_NAME papo-desk)
set(CPACK_DEBIAN_DESK_DESCRIPTION "self-hosted live chat for websites - desktop app
papo-desk is the app a team answers its website's visitors with: the queue of
new chats, conversations, who is on the site, saved replies, reports and the
team's settings, connected to a papo-server.")
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see: SVG icons (the app icon), and
# what is good to have: Wayland, Qt's own translations, a keychain for the saved login.
set(CPACK_DEBIAN_DESK_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_DESK_PACKAGE_RECOMMENDS
    "qt6-wayland, qt6-translations-l10n, gnome-keyring | kwalletmanager")

# Windows and macOS: configured, never built (installer/README.md).
if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME "Papo")
    set(CPACK_NSIS_PACKAGE_NAME "Papo ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\papo-desk.exe")
    set(CPACK_PACKAGE_EXECUTABLES papo-desk Papo) # a Start menu shortcut
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "Papo")
    set(CPACK_DMG_FORMAT UDBZ)
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
