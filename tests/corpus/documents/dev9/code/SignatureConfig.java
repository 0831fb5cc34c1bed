@Configuration
public class SignatureConfig {

    @Value("${partner.webhook.secret:tlEqwItpNZ88dguvkwBGlW9t2USqkFH7JmYxH6B7}")
    private String webhookSecret;

    @Value("${partner.api.key-id:key_01S81P6DCJBFFV01THT42PXYVN}")
    private String keyId;

    @Value("${partner.api.key:Khq8lDSbx7-tFPGWrzSAUN7sHjomIKEiAbbDTSnjUqE}")
    private String apiKey;
}
