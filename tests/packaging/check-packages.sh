#!/usr/bin/env bash
# The .deb packages of a build tree, made and checked with Debian's own tools
# (installer/README.md). One step per ctest test:
#   check-packages.sh build    BUILD_DIR WORK VERSION  cpack -G DEB, then each package unpacked
#   check-packages.sh contents BUILD_DIR WORK VERSION  control fields and files of both packages
#   check-packages.sh lintian  BUILD_DIR WORK PACKAGE  lintian, failing on any error
#   check-packages.sh unit     BUILD_DIR WORK MAX      systemd-analyze verify and security
#   check-packages.sh desktop  BUILD_DIR WORK          desktop-file-validate, appstreamcli
# Nothing is installed on this machine: packages are unpacked with dpkg-deb -x into WORK.
set -euo pipefail

step=$1 build=$(realpath -m "$2") work=$(realpath -m "$3")
shift 3

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

deb_of() { # the package file of $1 in WORK
    local files=("$work"/"$1"_*.deb)
    [[ -f ${files[0]} ]] || fail "no $1 package in $work (did the packaging_build test run?)"
    echo "${files[0]}"
}

has_file() { # has_file PACKAGE PATH
    [[ -f $work/root-$1/$2 ]] || fail "$1 lacks /$2"
}

case $step in
build)
    version=$1
    rm -rf "$work"
    mkdir -p "$work"
    # gzip instead of the release's xz keeps this quick on a sanitizer build's big binaries.
    cpack -G DEB -B "$work" --config "$build/CPackConfig.cmake" \
        -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip
    for package in papo-server papo-desk; do
        deb=$(deb_of "$package")
        [[ $(basename "$deb") == "${package}_${version}_$(dpkg --print-architecture).deb" ]] \
            || fail "unexpected file name $(basename "$deb")"
        dpkg-deb -x "$deb" "$work/root-$package"
        dpkg-deb -e "$deb" "$work/control-$package"
    done
    ;;

contents)
    version=$1
    server=$(deb_of papo-server)
    desk=$(deb_of papo-desk)
    for deb in "$server" "$desk"; do
        dpkg-deb -I "$deb"
        [[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "$deb: Version is not $version"
        # dpkg-shlibdeps computed Depends from the binary: Qt and the C++ runtime are there.
        depends=$(dpkg-deb -f "$deb" Depends)
        for library in libqt6core6 libstdc++6 libc6; do
            [[ $depends == *"$library "* ]] || fail "$deb: Depends lacks $library: $depends"
        done
    done
    [[ $(dpkg-deb -f "$server" Depends) == *adduser* ]] || fail "papo-server must depend on adduser"
    [[ $(dpkg-deb -f "$desk" Depends) == *libqt6widgets6* ]] \
        || fail "papo-desk must depend on libqt6widgets6"
    dpkg-deb -c "$server"
    dpkg-deb -c "$desk"

    has_file papo-server usr/bin/papo-server
    has_file papo-server lib/systemd/system/papo-server.service
    has_file papo-server etc/papo/papo-server.conf
    has_file papo-server usr/share/doc/papo-server/copyright
    has_file papo-server usr/share/man/man1/papo-server.1.gz
    zcat "$work/root-papo-server/usr/share/doc/papo-server/changelog.gz" | head -1 \
        | grep -qF "($version)" || fail "installer/debian/changelog's last entry is not $version"
    grep -qx /etc/papo/papo-server.conf "$work/control-papo-server/conffiles" \
        || fail "/etc/papo/papo-server.conf is not a conffile"
    for script in postinst prerm postrm; do
        [[ -x $work/control-papo-server/$script ]] || fail "papo-server lacks $script"
        sh -n "$work/control-papo-server/$script" || fail "papo-server's $script: syntax"
    done
    grep -q "journalctl -u papo-server" "$work/control-papo-server/postinst" \
        || fail "postinst does not say where the owner's password is"
    # The settings file documents every option papo-server has.
    bin=$work/root-papo-server/usr/bin/papo-server
    "$bin" --version | grep -qF "$version" || fail "papo-server --version does not say $version"
    options=$("$bin" --help | grep -oE '^ +--[a-z-]+' | tr -d ' ' | sort -u)
    [[ -n $options ]] || fail "papo-server --help lists no options"
    for option in $options; do
        [[ $option == --help || $option == --help-all || $option == --version ]] && continue
        grep -qE "^#   $option " "$work/root-papo-server/etc/papo/papo-server.conf" \
            || grep -qE "^#   sudo -u papo papo-server .*$option" \
                "$work/root-papo-server/etc/papo/papo-server.conf" \
            || fail "papo-server.conf does not describe $option"
    done

    has_file papo-desk usr/bin/papo-desk
    has_file papo-desk usr/share/man/man1/papo-desk.1.gz
    has_file papo-desk usr/share/applications/papo-desk.desktop
    has_file papo-desk usr/share/metainfo/org.papo.Desk.metainfo.xml
    has_file papo-desk usr/share/icons/hicolor/scalable/apps/papo-desk.svg
    for size in 16 24 32 48 64 128 256; do
        icon=usr/share/icons/hicolor/${size}x$size/apps/papo-desk.png
        has_file papo-desk "$icon"
        file "$work/root-papo-desk/$icon" | grep -q "$size x $size" \
            || fail "$icon is not $size x $size"
    done
    # Every translation the build made is in the package.
    built=$(cd "$build/client" && ls papo_*.qm)
    [[ -n $built ]] || fail "the build made no .qm file"
    for qm in $built; do
        has_file papo-desk "usr/share/papo-desk/translations/$qm"
    done
    QT_QPA_PLATFORM=offscreen "$work/root-papo-desk/usr/bin/papo-desk" --version \
        | grep -qF "$version" || fail "papo-desk --version does not say $version"
    ;;

lintian)
    package=$1
    deb=$(deb_of "$package")
    # Warnings are listed and explained in installer/README.md; an error fails.
    output=$(lintian --fail-on error --display-info "$deb" 2>&1) || {
        echo "$output"
        fail "lintian found errors in $package"
    }
    echo "$output"
    ! grep -q '^E: ' <<<"$output" || fail "lintian found errors in $package"
    ;;

unit)
    max=$1
    unit=$work/root-papo-server/lib/systemd/system/papo-server.service
    [[ -f $unit ]] || fail "no unit unpacked (did the packaging_build test run?)"
    # verify checks that ExecStart is executable: point it at the unpacked binary.
    checked=$work/unit/papo-server.service
    mkdir -p "$work/unit"
    sed "s|^ExecStart=/usr/bin/papo-server|ExecStart=$work/root-papo-server/usr/bin/papo-server|" \
        "$unit" >"$checked"
    grep -q "^ExecStart=$work/" "$checked" \
        || fail "the unit's ExecStart is not /usr/bin/papo-server"
    systemd-analyze verify "$checked" || fail "systemd-analyze verify"
    for setting in User=papo ProtectSystem=strict ProtectHome=yes PrivateTmp=yes \
        NoNewPrivileges=yes ReadWritePaths=/var/lib/papo SystemCallFilter=@system-service \
        CapabilityBoundingSet= MemoryDenyWriteExecute=yes Restart=on-failure \
        EnvironmentFile=-/etc/papo/papo-server.conf; do
        grep -qx "$setting" "$unit" || fail "the unit lacks $setting"
    done
    grep -q '^RestrictAddressFamilies=' "$unit" || fail "the unit lacks RestrictAddressFamilies"
    report=$(systemd-analyze security --offline=yes --no-pager "$checked")
    echo "$report"
    score=$(sed -n 's/.*Overall exposure level for papo-server.service: \([0-9.]*\).*/\1/p' \
        <<<"$report")
    [[ -n $score ]] || fail "no exposure level in systemd-analyze's report"
    awk -v score="$score" -v max="$max" 'BEGIN { exit !(score <= max) }' \
        || fail "exposure level $score is above $max"
    echo "exposure level $score (at most $max)"
    ;;

desktop)
    root=$work/root-papo-desk
    [[ -d $root ]] || fail "no papo-desk unpacked (did the packaging_build test run?)"
    desktop=$root/usr/share/applications/papo-desk.desktop
    desktop-file-validate "$desktop" || fail "desktop-file-validate"
    grep -qx 'MimeType=x-scheme-handler/papo;' "$desktop" || fail "no papo: scheme handler"
    grep -qx 'Exec=papo-desk %u' "$desktop" || fail "Exec does not pass the link (%u)"
    appstreamcli validate --no-net --strict "$root/usr/share/metainfo/org.papo.Desk.metainfo.xml" \
        || fail "appstreamcli validate"
    ;;

*)
    fail "unknown step $step"
    ;;
esac
