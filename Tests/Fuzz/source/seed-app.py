from aliyun_encryption_sdk.provider.default import DefaultDataKeyProvider
p = DefaultDataKeyProvider("acs:kms:cn-shanghai:1:key/k")
p.add_multi_cmk_id(["acs:kms:cn-shanghai:1:key/j"])
