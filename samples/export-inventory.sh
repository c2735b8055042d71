#!/usr/bin/env bash
# Writes a kmsready inventory folder with the aliyun CLI: per region, every ListKeys page, then per key
# DescribeKey, ListKeyVersions, ListAliasesByKeyId and ListResourceTags, one response per file.
#
#   samples/export-inventory.sh OUT_DIR REGION [REGION...]
#   kmsready check --inventory OUT_DIR --traces ...
#
# Needs: the aliyun CLI, configured (aliyun configure) with a RAM identity allowed kms:List*, kms:Describe*.
# Reads only metadata: no key material, no ciphertext, no secret value leaves KMS.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 OUT_DIR REGION [REGION...]" >&2
  exit 2
fi
out=$1
shift
command -v aliyun >/dev/null || { echo "$0: the aliyun CLI is not installed" >&2; exit 2; }

page_size=100
for region in "$@"; do
  dir="$out/$region"
  mkdir -p "$dir"
  page=1
  ids=()
  while :; do
    file="$dir/list-keys-page-$page.json"
    aliyun kms ListKeys --RegionId "$region" --PageNumber "$page" --PageSize "$page_size" > "$file"
    # KeyIds of this page (the CLI prints one "KeyId": "..." per key).
    mapfile -t page_ids < <(grep -o '"KeyId": *"[^"]*"' "$file" | sed 's/.*"KeyId": *"\([^"]*\)"/\1/')
    ids+=("${page_ids[@]}")
    total=$(grep -o '"TotalCount": *[0-9]*' "$file" | grep -o '[0-9]*$' || echo 0)
    if [ "${#page_ids[@]}" -eq 0 ] || [ $((page * page_size)) -ge "$total" ]; then break; fi
    page=$((page + 1))
  done
  for id in "${ids[@]}"; do
    aliyun kms DescribeKey --RegionId "$region" --KeyId "$id" > "$dir/describe-key-$id.json"
    aliyun kms ListKeyVersions --RegionId "$region" --KeyId "$id" --PageSize 100 > "$dir/list-key-versions-$id.json"
    aliyun kms ListAliasesByKeyId --RegionId "$region" --KeyId "$id" --PageSize 100 > "$dir/list-aliases-by-key-id-$id.json"
    aliyun kms ListResourceTags --RegionId "$region" --KeyId "$id" > "$dir/list-resource-tags-$id.json"
  done
  echo "$region: ${#ids[@]} keys exported to $dir" >&2
done
