#!/usr/bin/env bash
# Writes a kmsready inventory folder with the aliyun CLI: per region, every ListKeys page, then per key
# DescribeKey, ListKeyVersions, ListAliasesByKeyId and ListResourceTags; every ListSecrets page, then per
# secret DescribeSecret and ListSecretVersionIds; one response per file. With --instances, also the KMS
# instances (KMS 3.0) a 2025 plan checks: every ListKmsInstances page, then per instance GetKmsInstance and
# GetKmsInstanceQuotaInfos (keys and secrets), and GetDefaultKmsInstance.
#
#   samples/export-inventory.sh [--instances] OUT_DIR REGION [REGION...]
#   kmsready check --inventory OUT_DIR --traces ...
#   kmsready plan --edition 2025 --inventory OUT_DIR --destination-inventory OUT_DIR --destination ... (with --instances)
#
# Needs: the aliyun CLI, configured (aliyun configure) with a RAM identity allowed kms:List*, kms:Describe*
# (and kms:Get* for --instances).
# Reads only metadata: no key material, no ciphertext, no secret value leaves KMS (it never calls
# GetSecretValue, and kmsready refuses a GetSecretValue response among its inputs).
set -euo pipefail

instances=false
if [ "${1:-}" = "--instances" ]; then instances=true; shift; fi
if [ $# -lt 2 ]; then
  echo "usage: $0 [--instances] OUT_DIR REGION [REGION...]" >&2
  exit 2
fi
out=$1
shift
command -v aliyun >/dev/null || { echo "$0: the aliyun CLI is not installed" >&2; exit 2; }

page_size=100

# Writes every page of API (ListKeys or ListSecrets) in REGION to DIR/PREFIX-page-N.json and prints the
# values of FIELD (KeyId or SecretName) the pages list, one per line; extra arguments go to each call.
#   list_pages REGION DIR API PREFIX FIELD [ARG...]
list_pages() {
  local region=$1 dir=$2 api=$3 prefix=$4 field=$5 page=1 file total values
  shift 5
  while :; do
    file="$dir/$prefix-page-$page.json"
    aliyun kms "$api" --RegionId "$region" --PageNumber "$page" --PageSize "$page_size" "$@" > "$file"
    # The CLI prints one "FIELD": "..." per listed item.
    values=$(grep -o "\"$field\": *\"[^\"]*\"" "$file" | sed "s/.*\"$field\": *\"\\([^\"]*\\)\"/\\1/" || true)
    [ -n "$values" ] && printf '%s\n' "$values"
    total=$(grep -o '"TotalCount": *[0-9]*' "$file" | grep -o '[0-9]*$' || echo 0)
    if [ -z "$values" ] || [ $((page * page_size)) -ge "$total" ]; then break; fi
    page=$((page + 1))
  done
}

for region in "$@"; do
  dir="$out/$region"
  mkdir -p "$dir"
  mapfile -t ids < <(list_pages "$region" "$dir" ListKeys list-keys KeyId)
  for id in "${ids[@]}"; do
    aliyun kms DescribeKey --RegionId "$region" --KeyId "$id" > "$dir/describe-key-$id.json"
    aliyun kms ListKeyVersions --RegionId "$region" --KeyId "$id" --PageSize 100 > "$dir/list-key-versions-$id.json"
    aliyun kms ListAliasesByKeyId --RegionId "$region" --KeyId "$id" --PageSize 100 > "$dir/list-aliases-by-key-id-$id.json"
    aliyun kms ListResourceTags --RegionId "$region" --KeyId "$id" > "$dir/list-resource-tags-$id.json"
  done
  mapfile -t names < <(list_pages "$region" "$dir" ListSecrets list-secrets SecretName --FetchTags true)
  for name in "${names[@]}"; do
    safe=${name//\//-}
    aliyun kms DescribeSecret --RegionId "$region" --SecretName "$name" --FetchTags true > "$dir/describe-secret-$safe.json"
    aliyun kms ListSecretVersionIds --RegionId "$region" --SecretName "$name" --IncludeDeprecated true --PageSize 100 \
      > "$dir/list-secret-version-ids-$safe.json"
  done
  summary="${#ids[@]} keys and ${#names[@]} secrets"
  if $instances; then
    mapfile -t kst < <(list_pages "$region" "$dir" ListKmsInstances list-kms-instances KmsInstanceId)
    for id in "${kst[@]}"; do
      aliyun kms GetKmsInstance --RegionId "$region" --KmsInstanceId "$id" > "$dir/get-kms-instance-$id.json"
      for type in key secret; do
        aliyun kms GetKmsInstanceQuotaInfos --RegionId "$region" --KmsInstanceId "$id" --ResourceType "$type" \
          > "$dir/get-kms-instance-quota-infos-$id-$type.json"
      done
    done
    aliyun kms GetDefaultKmsInstance --RegionId "$region" > "$dir/get-default-kms-instance.json"
    summary="$summary, ${#kst[@]} KMS instances"
  fi
  echo "$region: $summary exported to $dir" >&2
done
