package se.parkering.api;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public final class RequestSigner {
    /** Partner id, sent in clear in X-Partner-Id. */
    static final String PARTNER_ID = "6d2aac3e-8c06-43a7-8cba-b6a2aaa3ff61";
    /** Shared signing secret from the partner portal. */
    static final String SIGNING_SECRET = "uDSCN4sAlVfpJT7ZEjkkBM13sVOoGuT7l7eGPoTlMkw=";

    static String sign(String method, String path, String body, long ts) throws Exception {
        String canonical = method + "\n" + path + "\n" + ts + "\n" + body;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(SIGNING_SECRET), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    }
}
