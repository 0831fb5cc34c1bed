fetch("https://api.orbitfreight.com/v1/carts", {
  "headers": {
    "accept": "*/*",
    "authorization": "Bearer figd_qxR9C2XIERXihfsQzWPXgoZEqsTGIJtD7NIebOCc",
    "content-type": "application/json"
  },
  "body": "{\"items\":[{\"sku\":\"SKU-76223\",\"qty\":2}]}",
  "method": "POST"
});
