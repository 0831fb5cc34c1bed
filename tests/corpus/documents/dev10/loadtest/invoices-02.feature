Feature: invoice api

  Background:
    * url 'https://orders.nordvik-logistik.se'
    * def authToken = 'UwPxdAIQ.fpIuuzF5IfTQDaZMkhIBXJU_zC4bgm3o.79e09484d837aca122bad80b'
    * configure headers = { Authorization: '#("Bearer " + authToken)', 'X-Tenant': 'b8d31d5b-b921-4037-9f63-7fc83267ff2d' }

  Scenario: list invoices
    Given path 'v1', 'invoices'
    When method get
    Then status 200
