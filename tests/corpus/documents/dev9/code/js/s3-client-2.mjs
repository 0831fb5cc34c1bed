const AWS = require('aws-sdk');

AWS.config.update({
  region: 'eu-central-1',
  accessKeyId: 'AKIAPKEXOETZNPQS6T3R',
  secretAccessKey: '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'
});

module.exports = new AWS.SES({ apiVersion: '2010-12-01' });
