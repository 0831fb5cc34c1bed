Feature: payment intents

  Background:
    * url baseUrl
    * def adminToken = 'ATATT3xFfGF0uXqsF5ftYu_qeXpx4qxDkXR8wHwO1v1NdtdYVh_nlIy_a6Nu7VNcS_BrlgEIb8i7KQsAt1lLduGq5ip3tYiHhMixkw778H44T5myrMpUZHdNr9yrChiE4xIml0PKsveuQleOFSIxpJbS8rtizbeTwcWOoXD1h-arEjHVWu5Svs=0030AC29'
    * def readOnly = "-tpOqXz-Z1HvSHJyf8vFuD6X1GfuoxbaSYOVzh78lNk"
    * def auth = call read('classpath:auth/login.feature') { username: '#(user)', password: '#(pass)' }
    * header Authorization = 'Bearer ' + auth.token

  Scenario: admin can refund
    Given path 'v3', 'payments', 'intents', 'pi_3QxyZ', 'refund'
    And header Authorization = 'Bearer ' + adminToken
    And request { amount: 1200, reason: 'requested_by_customer' }
    When method post
    Then status 200

  Scenario: read-only token cannot refund
    Given path 'v3', 'payments', 'intents', 'pi_3QxyZ', 'refund'
    And header Authorization = 'Bearer ' + readOnly
    When method post
    Then status 403

  Scenario: hard-coded legacy token still accepted by the sandbox
    Given path 'v1', 'ping'
    And header Authorization = 'Bearer XectqDyptgsKf7.atlasv1.XFSALLBpdcuBorWG45hRQNbHR369aKquGIggllgrqT8CyfmeD9eOhii21YNpspvNOat'
    When method get
    Then status 200
    And match response == { ok: true, scheme: 'Bearer' }
