Feature: invoice api

  Background:
    * url 'https://orders.nordvik-logistik.se'
    * def authToken = 'AB5sb2NhdGlvbiAte0ZMt61VItCK2/h4bWa8T8wVxoDt+DM01SQtIO0kLpF2d/P89V/0dRKLEZ5liYERKQ4BaTVh1ys+JMyYthi7MqDUXnbCd73SVq38J4/NxmzLkh6BXbT1Z7c9nnyWoUc'
    * configure headers = { Authorization: '#("Bearer " + authToken)', 'X-Tenant': '03371587-cba0-44f2-9373-4bfd9c848672' }

  Scenario: list invoices
    Given path 'v1', 'invoices'
    When method get
    Then status 200
