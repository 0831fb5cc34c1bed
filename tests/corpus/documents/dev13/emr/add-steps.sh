#!/bin/sh
# copy partner data into HDFS before the nightly job
aws emr add-steps --cluster-id j-D3MV2ECEHMSF3 --steps Type=CUSTOM_JAR,Name=S3DistCp,Jar=command-runner.jar,\
Args=[s3-dist-cp,-Dfs.s3a.access.key=AKIAGTZDD2CWCAPZ5IWW,-Dfs.s3a.secret.key=vo1/xp6teu7qGGL+BAeQaURAkZuPVkUtniCt0lkh,--src=s3a://partner-drop/2026/,--dest=hdfs:///in/partner/]
# example from the EMR guide, left for reference:
# -Dfs.s3a.access.key=AKIAIOSFODNN7EXAMPLE -Dfs.s3a.secret.key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
