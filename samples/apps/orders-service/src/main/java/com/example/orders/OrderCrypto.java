package com.example.orders;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.kms.model.v20160120.DecryptRequest;
import com.aliyuncs.kms.model.v20160120.DecryptResponse;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.profile.IClientProfile;

/** Decrypts order payloads with the orders key (its alias comes from application.yml). */
public class OrderCrypto {
    private final IAcsClient client;

    public OrderCrypto(String regionId, String accessKeyId, String accessKeySecret) {
        IClientProfile profile = DefaultProfile.getProfile(regionId, accessKeyId, accessKeySecret);
        // DefaultProfile.addEndpoint(regionId, "kms", "kms-vpc.cn-hangzhou.aliyuncs.com");  (kept on the public endpoint)
        this.client = new DefaultAcsClient(profile);
    }

    public String decrypt(String ciphertextBlob) throws Exception {
        DecryptRequest request = new DecryptRequest();
        request.setCiphertextBlob(ciphertextBlob);
        DecryptResponse response = client.getAcsResponse(request);
        return response.getPlaintext();
    }

    IAcsClient client() { return client; }
}
