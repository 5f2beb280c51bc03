#!/usr/bin/env bash
# make-tree.sh DIR N: a Higress-shaped workspace with N plugins over the four families and both eras.
set -eu
dir=$1; n=$2
for i in $(seq 1 "$n"); do
    case $((i % 10)) in
        8) family=wasm-rust ;; 9) family=wasm-cpp ;; 7) family=wasm-assemblyscript ;; *) family=wasm-go ;;
    esac
    p=$dir/plugins/$family/extensions/plugin-$i
    mkdir -p "$p"
    printf -- '---\ntitle: Plugin %s\nkeywords: [bench]\ndescription: Synthetic plugin %s\n---\n# Plugin %s\n' \
        "$i" "$i" "$i" > "$p/README.md"
    echo "1.0.$i" > "$p/VERSION"
    [ "$family" = wasm-go ] || continue
    if [ $((i % 2)) = 0 ]; then
        printf 'module example.com/p%s\n\ngo 1.19\n\nrequire github.com/tetratelabs/proxy-wasm-go-sdk v0.22.0\n' "$i" > "$p/go.mod"
        case $((i % 6)) in
            0) printf 'EXTRA_TAGS=proxy_wasm_version_0_2_100' > "$p/.buildrc" ;;
            2) printf '# tags for the 0.2.100 ABI\nexport EXTRA_TAGS="proxy_wasm_version_0_2_100 custom_%s"\nGO_VERSION=1.19\n' "$i" > "$p/.buildrc" ;;
            *) printf 'BASE=proxy_wasm_version_0_2_100\nEXTRA_TAGS="$BASE,extra_%s"\nGOPROXY=https://goproxy.cn,direct\n' "$i" > "$p/.buildrc" ;;
        esac
    else
        printf 'module example.com/p%s\n\ngo 1.24\n\nrequire github.com/higress-group/wasm-go v1.0.0\n' "$i" > "$p/go.mod"
    fi
done
