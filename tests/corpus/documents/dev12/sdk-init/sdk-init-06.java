// VendorConfig.java

Config config = new Config.Builder()
    .environment(Environment.LIVE)
    .apiKey("AQEo5dag+7WuYHSihsMmSoQCKXOcKWYJYz6g93OA1woZmq7jcPAL2EAL2KXOLotHsnP4gh1V7SzX5zdCpktV1G1hboB66n8VitoG/LYIPqHvG=-chUVrvxNckOuCYBxVfVDqY9iK/rNnJQe5P0A1ULdsCu=-ftPqNY2ALnTpBn")
    .build();

LDClient ldClient = new LDClient("sdk-b7ef2527-7619-4c2c-bf36-7a90ad7025cc");

Honeycomb hc = Honeycomb.builder().apiKey("hcaik_7bvb9h1ezba121v6ehpdyx82br15iefksmb5t5mmmczlruf0gkzq6ysa5f").dataset("orders").build();
