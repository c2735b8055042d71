"""Reads the signing key's public key and decrypts the archive's data keys (V2 SDK)."""
import os

from alibabacloud_kms20160120.client import Client
from alibabacloud_kms20160120 import models as kms_20160120_models
from alibabacloud_tea_openapi import models as open_api_models


def kms_client():
    config = open_api_models.Config(
        access_key_id=os.environ["ALIBABA_CLOUD_ACCESS_KEY_ID"],
        access_key_secret=os.environ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"],
        endpoint="kms-vpc.cn-shanghai.aliyuncs.com",
    )
    return Client(config)


def decrypt(client, blob):
    request = kms_20160120_models.DecryptRequest(ciphertext_blob=blob)
    return client.decrypt(request).body.plaintext
