#!/bin/sh
exec java -Xms512m -Xmx2g \
  -Daws.accessKeyId=AKIAMSMLHOPJOYLUO4TJ \
  -Daws.secretKey=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 \
  -Daws.region=us-east-1 \
  -Dspring.profiles.active=prod \
  -jar /opt/uploader/uploader.jar
