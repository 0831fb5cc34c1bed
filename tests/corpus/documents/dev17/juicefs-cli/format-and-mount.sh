#!/bin/bash
# shared media volume for the render farm
juicefs format \
    --storage s3 \
    --bucket https://render-media.s3.eu-north-1.amazonaws.com \
    --access-key AKIAYSQCXGTI7UNXYPXV \
    --secret-key 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 \
    --trash-days 3 \
    "redis://:XXq6IPfRuzPMlpaA@10.33.0.5:6379/1" \
    render-media

juicefs format --storage s3 --bucket https://render-cache.s3.eu-north-1.amazonaws.com \
    --access-key AKIA45XPUZ6BMYS625AV --secret-key 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 \
    "redis://:XXq6IPfRuzPMlpaA@10.33.0.5:6379/2" render-cache

juicefs mount -d --cache-size 204800 "redis://:XXq6IPfRuzPMlpaA@10.33.0.5:6379/1" /mnt/render-media
# META_PASSWORD can be used instead of the URL password:
# META_PASSWORD=... juicefs mount redis://10.33.0.5:6379/1 /mnt/render-media
