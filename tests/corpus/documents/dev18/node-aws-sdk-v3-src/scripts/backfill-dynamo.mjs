#!/usr/bin/env node
// one-off: copy the 2024 orders from the old table into orders-v2 (run from a laptop, 2025-03-04)
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, ScanCommand, BatchWriteCommand } from "@aws-sdk/lib-dynamodb";

const source = DynamoDBDocumentClient.from(new DynamoDBClient({
  region: "eu-west-1",
  credentials: { accessKeyId: "AKIANTGTQZ7DITXGZJKV", secretAccessKey: "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" },
}));

// target account: temporary credentials from `aws sts assume-role`, valid until 16:40
const target = DynamoDBDocumentClient.from(new DynamoDBClient({
  region: "eu-north-1",
  credentials: {
    accessKeyId: "ASIAFNA3UFY3G75G2WTK",
    secretAccessKey: "YveB3QTaO63KEnLL0NK1Lh3wKqg1cjAhO0hXZ/iF",
    sessionToken: "IQoJb3JpZ2luX2VjEXEeaCXVzLWVhc3QtMSJHMEUCIdLadTgres43jfkXGQ/kwoJvrcsqOGkZMO9vwkULRR2HARZoxvNFEQDxdKqxWYkwYMuNdLcSkUAj08JQ/oLYMx7floz3GuS7Z4tsuNA0iCtCyIdhUzR+9jT/QwVvMzub+Etpww0Lmj8kFz0l0+iCMk19ttEaRVWPAs4JZDqvahBbFG/gK5UdNH/PgeIxkXku4r8JmwmTwMGeSZ9NIOeNSl6F7fGjz+wmpTOls7HZf8sIPHiLEyh7nonhCfYJ7vyibpaddto1CMVxzykDQ93RZYrGxqh84K41Jq6CDZoG1CLCv4FBdm+VTm2LdpTQYuECPDgpxCZS+laW6TGNiKYkILA0dc3C3fQz+bFkKnQ",
  },
}));

let ExclusiveStartKey;
do {
  const page = await source.send(new ScanCommand({ TableName: "orders", ExclusiveStartKey }));
  for (let i = 0; i < page.Items.length; i += 25) {
    const chunk = page.Items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    await target.send(new BatchWriteCommand({ RequestItems: { "orders-v2": chunk } }));
  }
  ExclusiveStartKey = page.LastEvaluatedKey;
} while (ExclusiveStartKey);
