# managed by salt; rendered with jinja|yaml
aws:
  region: eu-west-1
  s3fs:
    access_key: AKIAAIWHHRA436OGIKC2
    secret_key: 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
  cloudwatch_agent:
    keyid: AKIAAI6JFKVJD74AKWBK
    key: '6aEUR1d4G8z4OEfyda3l96AjKca0LB5GPu//adQH'
  ses_relay:
    aws_access_key_id: "AKIAUHDRKZ5NWLC4JENL"
    aws_secret_access_key: "Kvhy6DZTBWLyHChxv0q2HiYoqhdfMMFFbMgO1Vn+"
  ecr_pull:
    id: AKIAQCWXSREW444MTNNC
    secret: em3xeB5GlXOLqV1Wq8+saTW8BPUFyAYOey/pYrti
  # docs example, do not use
  example:
    id: AKIAIOSFODNN7EXAMPLE
    key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
git_rev: a74092c1251dd42bab33a2f1dec561fd3bbd6a31
