package se.lagerkompaniet.integration;

import kong.unirest.HttpResponse;
import kong.unirest.JsonNode;
import kong.unirest.Unirest;

public final class ErpGateway {
    private static final String ERP_URL = "https://erp.lagerkompaniet.se/api";
    private static final String ERP_BEARER = "fzwofvuUGb8RzFxiZLh0f3Ex6TAhfNBEFd0Oq3BWVHKXh4rc";
    private static final String WEBHOOK_SIGNING_KEY_ID = "cc9bfab4-6e68-415d-86fb-e262b5e508ab"; // not secret, shown in the partner portal

    static {
        Unirest.config()
            .setDefaultHeader("Authorization", "Bearer " + ERP_BEARER)
            .setDefaultHeader("Accept", "application/json");
    }

    public JsonNode article(String sku) {
        HttpResponse<JsonNode> r = Unirest.get(ERP_URL + "/articles/{sku}").routeParam("sku", sku).asJson();
        return r.getBody();
    }

    public int reserve(String sku, int qty) {
        return Unirest.post("https://wms.lagerkompaniet.se/reserve")
            .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImtNSzFaUW14dUVuNWFiZVdqTk1sTGprOGlIVSJ9.eyJpc3MiOiJodHRwczovL2F1dGgua3Zhcm5ieS5zZS8iLCJzdWIiOiJ2dElYeXE1alZjYlhBUzBRRnVPNW5XWmEiLCJhdWQiOiJhcGkiLCJpYXQiOjE3NzE5NTI4NzIsImV4cCI6MTc3MTk1NjQ3Miwic2NvcGUiOiJvcmRlcnM6cmVhZCJ9.bR1oQeBhE-0SgmbdWSpeYmjrqI2QWE9DrgTGiOztfEB4zUFd2aBqpG_eO4vB1vTiGh_amtjGJfZY8Lef9-wxAXukRrolPdhmiKp40Ua9ik0o0Hz0NcdNF4PBzf-FZwwtFv2bxFNEEgrUvwLAukswza2gT3xb18w71h5jrLxNFfASmB0FvHvNRE02OogRtIqn2g9RE8BvSAHBJ5njcdcAsc5UVIMLI2_DqbeLWxRK2CSuI3Pg69DF0bCh69D1eoH7dYrUitCtzI1IzcSntrINdqhg43WiMjarmymBAZf2p2-x6wHroDRfpXO231_6w38OGgMZgbxfacDk3rhQQdVYK0")
            .field("sku", sku).field("qty", String.valueOf(qty))
            .asEmpty().getStatus();
    }
}
