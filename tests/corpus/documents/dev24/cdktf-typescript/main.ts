import { Construct } from 'constructs';
import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';

class DbStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'eu-north-1' });

    new DbInstance(this, 'reporting', {
      identifier: 'reporting-prod',
      engine: 'postgres',
      instanceClass: 'db.t4g.medium',
      allocatedStorage: 100,
      username: 'reporting_admin',
      password: 'q5AcMkjrjH72iGHs',
      skipFinalSnapshot: false,
    });

    new DbInstance(this, 'reporting-staging', {
      identifier: 'reporting-staging',
      engine: 'postgres',
      instanceClass: 'db.t4g.small',
      allocatedStorage: 20,
      username: 'reporting_admin',
      manageMasterUserPassword: true,
    });
  }
}

const app = new App();
new DbStack(app, 'reporting');
app.synth();
