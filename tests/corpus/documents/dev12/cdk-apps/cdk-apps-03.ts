import * as cdk from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

export class LegacyIntegrationStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    new secretsmanager.Secret(this, 'PartnerS3Creds', {
      secretObjectValue: {
        accessKeyId: cdk.SecretValue.unsafePlainText('AKIADI5QZCQHGH33DL3T'),
        secretAccessKey: cdk.SecretValue.unsafePlainText('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'),
      },
    });
    const legacyUser = new iam.User(this, 'Legacy');
    // keys created by hand in 2022, still used by the partner:
    const partnerKeyId = 'AKIACJNNEJKODFDIAZP6';
    const partnerSecret = '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';
    const fromSsm = ssm.StringParameter.valueForStringParameter(this, '/partner/secret-access-key');
  }
}
