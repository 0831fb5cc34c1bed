{
  "version": 1,
  "type": "collection",
  "title": "Partner API",
  "queries": [
    {
      "version": 1,
      "type": "window",
      "query": "query { viewer { login repositories(first: 5) { nodes { name } } } }",
      "apiUrl": "https://svc.helix-data.de/graphql",
      "variables": "{}",
      "subscriptionUrl": "",
      "headers": [
        {
          "key": "Authorization",
          "value": "Bearer CFPAT-uiRb-B5BtlAIJsIXHOVt7gU3RsZyg3QXRWCag917hiq",
          "enabled": true
        },
        {
          "key": "X-Request-Id",
          "value": "b816cf66-57c6-4efc-a706-1185b009b544",
          "enabled": false
        }
      ],
      "windowName": "orders 0",
      "created_at": 1741000000000
    },
    {
      "version": 1,
      "type": "window",
      "query": "query { viewer { login repositories(first: 5) { nodes { name } } } }",
      "apiUrl": "https://api.nordhamn-logistik.se/graphql",
      "variables": "{}",
      "subscriptionUrl": "",
      "headers": [
        {
          "key": "Authorization",
          "value": "Bearer ATCTT3xFfGN0sOBTT3a_JBOmg2Ewq5CslzKGbppBP7BWZ8cQ773Ccv789KGzh9qa6ttvVwb7nceUZpwjUsB0A53Htmic6BU948R6266zvMwpjd7mrbM7YTqDbHFFPnyatzv76sL2dARUjmQwy-KXbqDSCaSgzmpPAWF9kxyWt1ygf=7EBFFAC0",
          "enabled": true
        },
        {
          "key": "X-Request-Id",
          "value": "e712ae58-40cd-48fe-9239-397ff8af34c7",
          "enabled": false
        }
      ],
      "windowName": "inventory 1",
      "created_at": 1741000000001
    },
    {
      "version": 1,
      "type": "window",
      "query": "query { viewer { login repositories(first: 5) { nodes { name } } } }",
      "apiUrl": "https://svc.helix-data.de/graphql",
      "variables": "{}",
      "subscriptionUrl": "",
      "headers": [
        {
          "key": "Authorization",
          "value": "Bearer patt6BsI7tW3fq1Yd.8fabe935056444a6908780e0ecf59cebc41afc5d82eec742974df23564a11e08",
          "enabled": true
        },
        {
          "key": "X-Request-Id",
          "value": "88af75b5-0d0e-45af-bf11-1e5a5e7dd90b",
          "enabled": false
        }
      ],
      "windowName": "viewer 2",
      "created_at": 1741000000002
    }
  ],
  "id": "8c3581a1-eed7-437c-9a27-76311af22d65"
}
