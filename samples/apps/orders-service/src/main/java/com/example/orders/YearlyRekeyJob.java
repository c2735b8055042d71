package com.example.orders;

import com.aliyuncs.IAcsClient;
import com.aliyuncs.kms.model.v20160120.ReEncryptRequest;
import com.aliyuncs.kms.model.v20160120.ReEncryptResponse;

/**
 * Runs once a year, in January: re-encrypts archived order keys under the current orders key.
 * No trace of a month shows it.
 */
public class YearlyRekeyJob {
    public String rekey(IAcsClient client, String ciphertextBlob) throws Exception {
        ReEncryptRequest request = new ReEncryptRequest();
        request.setCiphertextBlob(ciphertextBlob);
        request.setDestinationKeyId("acs:kms:cn-hangzhou:1540355698845812:key/2adfdbb6-f02b-4cbf-a212-91a5907e47da");
        ReEncryptResponse response = client.getAcsResponse(request);
        return response.getCiphertextBlob();
    }
}
