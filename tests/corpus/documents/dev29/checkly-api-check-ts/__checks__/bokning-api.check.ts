import { ApiCheck, AssertionBuilder } from 'checkly/constructs'

new ApiCheck('bokning-api-health', {
  name: 'Bokning API - lediga tider',
  frequency: 5,
  locations: ['eu-north-1', 'eu-central-1'],
  request: {
    method: 'GET',
    url: 'https://api.bokning.tandvarden.se/v1/lediga-tider?klinik=12',
    headers: [
      { key: 'Authorization', value: 'Bearer FvjJZV2W6O6nl9ajuUNEHeQyZpd16lVpQvTyIZ5K' },
      { key: 'Accept', value: 'application/json' },
    ],
    assertions: [
      AssertionBuilder.statusCode().equals(200),
      AssertionBuilder.responseTime().lessThan(1500),
    ],
  },
})
