package com.example.orders;

import com.aliyuncs.kms.model.v20160120.ExportDataKeyRequest;

/** Exports a data key to check the envelope format: a test only, kept out of the verdict. */
public class OrderCryptoTest {
    void exportsADataKey() {
        ExportDataKeyRequest request = new ExportDataKeyRequest();
        request.setPublicKeyBlob("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");
    }
}
