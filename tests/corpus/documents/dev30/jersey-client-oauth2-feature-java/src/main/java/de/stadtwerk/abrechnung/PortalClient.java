package de.stadtwerk.abrechnung;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import org.glassfish.jersey.client.authentication.HttpAuthenticationFeature;
import org.glassfish.jersey.client.oauth2.OAuth2ClientSupport;

public final class PortalClient {

    private static final Client PORTAL = ClientBuilder.newClient()
            .register(OAuth2ClientSupport.feature("Or9ZaqwNpHez0yROF7qSECLonXxgU0u5LTtStzRTCp35pgRX"));

    private static final Client LEGACY = ClientBuilder.newClient()
            .register(HttpAuthenticationFeature.basic("abrechnung-svc", "Stugan.Apfel36#"));

    public static String zaehlerstaende(String kundennummer) {
        return PORTAL.target("https://portal.stadtwerk-nord.de/api/v1/zaehlerstaende")
                .queryParam("kunde", kundennummer)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }
}
