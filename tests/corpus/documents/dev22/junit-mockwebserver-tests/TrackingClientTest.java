package se.fraktbolaget.tracking;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.*;

import static org.junit.jupiter.api.Assertions.*;

class TrackingClientTest {

    private static final String TOKEN = "iML_-zikfHMXo6x1HKjA-gCOgiO8TyUyHzmwVqYtld2hbeXmDq9IDFeC1wywcGxC";
    private MockWebServer server;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void sendsBearerToken() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"status\":\"DELIVERED\"}"));
        TrackingClient client = new TrackingClient(server.url("/").toString(), TOKEN);
        client.status("00370712345678901234");
        RecordedRequest recorded = server.takeRequest();
        assertEquals("Bearer iML_-zikfHMXo6x1HKjA-gCOgiO8TyUyHzmwVqYtld2hbeXmDq9IDFeC1wywcGxC", recorded.getHeader("Authorization"));
    }

    @Test
    void integrationAgainstStaging() throws Exception {
        TrackingClient client = new TrackingClient("https://tracking-stg.fraktbolaget.se/",
                "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Inp3bDlsdGg5enVtZyJ9.eyJpc3MiOiJodHRwczovL3Nzby52YXJka2VkamFuLnNlL3JlYWxtcy9tYWluIiwic3ViIjoidHJhY2tpbmctaXQiLCJhdWQiOiJ0cmFja2luZyIsImlhdCI6MTc2NTM3ODUyNiwiZXhwIjoxNzk1MjA1MzUwLCJzY29wZSI6InJlYWQgd3JpdGUifQ.0QPSCHYIoaHapTprzzf0aritKu9cN6b9dn8sqh8k40g4ksvES7fvj5nzHuD8SLOkXuumcKqw4TLn_Z_ufTjgD_x3fwfvrD_vF7VFrKmn5lBvtHEtgmwSjg1xaJFzhvzqHnR4nqkM73evtv_-lMnVt7gUSYw2btxlXSRPJ7GWheq0EwOlUS2zT_ZHkgwEwFgvwfF5K4huAg575U1qWm06wb7PtKmF6mdgQP-3wHbLbz-2K6e-1mDCvS2Rd1FiWLObtOszOTtN5GNoZ1Rc1MgZ7DR7ru0mE1BOndOuOYBbZQnix9LIoWpnq-14ktV5vFIs9KITIAeyx_qb3iqnFS1trQ");
        assertNotNull(client.status("00370712345678905555"));
    }
}
