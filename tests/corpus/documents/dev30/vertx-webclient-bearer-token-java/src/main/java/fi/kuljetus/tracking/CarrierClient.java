package fi.kuljetus.tracking;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

public class CarrierClient {
    private final WebClient client;

    public CarrierClient(Vertx vertx) {
        this.client = WebClient.create(vertx, new WebClientOptions().setSsl(true).setDefaultHost("api.carrier-hub.eu").setDefaultPort(443));
    }

    public Future<JsonObject> pod(String id) {
        return client.get("/v3/pod/" + id).putHeader("Authorization", "Bearer oTsVE6jZGvx3vKKPo30BFPYSMFUwUvWojw3RxSVP").send().map(r -> r.bodyAsJsonObject());
    }

    public Future<JsonObject> shipment(String id) {
        return client.get("/v3/shipments/" + id)
            .bearerTokenAuthentication("6xG2aOTmhqOh9C_nHZKEcTUb-jdR-NRcPlSrqNDiCIs")
            .putHeader("X-Partner-Key", "59b9a9406b95632853d365646d26435f")
            .send()
            .map(r -> r.bodyAsJsonObject());
    }
}
