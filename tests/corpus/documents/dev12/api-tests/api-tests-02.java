@SpringBootTest
@AutoConfigureMockMvc
class OrderControllerIT {

    @Autowired MockMvc mvc;

    @Test
    void listsOrders() throws Exception {
        mvc.perform(get("/v1/payments/intents")
                .header(HttpHeaders.AUTHORIZATION, "Bearer EAAQIbBTenx0EknemV0HBw0nshrKyfsWIKzWTbyxBgrdxa0ThBym7rSzieyNrm6ctsDUv829dQbG23I9BwheEn4qYomVgNzotXGzd1FzETRl6Wk7yVOrxpBi0cmNWPx4p6r89Ib05DQbJKwsA8vSJYUhLvlOkV5UyB2Bdndb6C17vxvSQmowQT2")
                .header("Idempotency-Key", "8128106e-55c5-4104-bb7c-5edf7219a745"))
            .andExpect(status().isOk());
    }

    @Test
    void rejectsMissingToken() throws Exception {
        mvc.perform(get("/v1/orders").header(HttpHeaders.AUTHORIZATION, "Bearer " + System.getenv("IT_TOKEN")))
            .andExpect(status().isUnauthorized());
    }
}

class AdminFixtures {
    static final HttpHeaders ADMIN = new HttpHeaders();
    static { ADMIN.setBearerAuth("glsa_yojLz4gk1k783Jm3KUjmNtGMwg9a4mOM_b27b4269"); }
}
