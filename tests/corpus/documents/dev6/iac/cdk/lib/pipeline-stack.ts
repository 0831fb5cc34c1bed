import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export class PipelineStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    new lambda.Function(this, 'Mirror', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda/mirror'),
      environment: {
        // cross-account mirror; the partner cannot issue a role yet
        MIRROR_AWS_ACCESS_KEY_ID: 'AKIAYLZ6XAKSK5XEBTCE',
        MIRROR_AWS_SECRET_ACCESS_KEY: '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',
        MIRROR_BUCKET: 'partner-mirror-nl9j5b',
        SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/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',
      },
    });
  }
}
