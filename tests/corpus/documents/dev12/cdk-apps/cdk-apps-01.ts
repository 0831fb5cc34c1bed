import * as cdk from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

export class LegacyIntegrationStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    new secretsmanager.Secret(this, 'PartnerS3Creds', {
      secretObjectValue: {
        accessKeyId: cdk.SecretValue.unsafePlainText('AKIAREVRPXSBVHUDJFXS'),
        secretAccessKey: cdk.SecretValue.unsafePlainText('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'),
      },
    });
    const legacyUser = new iam.User(this, 'Legacy');
    // keys created by hand in 2022, still used by the partner:
    const partnerKeyId = 'AKIAE4IQ4AKY6OZWSSUM';
    const partnerSecret = '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';
    const fromSsm = ssm.StringParameter.valueForStringParameter(this, '/partner/secret-access-key');
  }
}
