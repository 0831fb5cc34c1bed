package com.iris.integration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public final class PaymentsClient {
    private static final String API_KEY = "TEjZ4eoSHNUAdHO1Ahzo2mqyqpd2l9kwVpLPK";
    private static final String WEBHOOK_SECRET = "J/0Gx4u5Bl4kUbgc8hCXC0xvzg1s1xy8";
    private static final String CLIENT_ID = "01931261-f6d9-4fea-8453-2229b245da1a";
    private static final String CLIENT_SECRET = System.getenv().getOrDefault("CLIENT_SECRET", "z0wj56ESuk0H9nQJ1kIdF4ZrjEZuscu");
    /** Sample key from the vendor documentation: vault:secret/data/app#token */
    static final String BUILD = "65852d8857a7006de15216c5fb8ab3b942472a19";

    public static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes()));
    }
}
