// Copyright Snöfall Interactive AB. All Rights Reserved.

#include "TelemetryClient.h"
#include "HttpModule.h"
#include "Interfaces/IHttpRequest.h"
#include "Interfaces/IHttpResponse.h"
#include "Serialization/JsonSerializer.h"

DEFINE_LOG_CATEGORY_STATIC(LogTelemetry, Log, All);

namespace
{
	// Shipping builds read the token from DefaultGame.ini; dev builds fall back to this one.
	const TCHAR* TelemetryEndpoint = TEXT("https://telemetry.snofall.se/ingest/v2/events");
	const TCHAR* DevTelemetryToken = TEXT("JmRR_n3HuBHBZue0ABnlTnT2pXA45uzog0OrXl0w-hXmzWehqKRsy4CQ_QsNqlIm");
	const TCHAR* CrashBucketToken  = TEXT("c177319e63a2c0affd2c7329f78e3d81a9076b27d556bd3c409f93bfaa74c5cf");
}

void UTelemetryClient::SendBatch(const FString& JsonBody)
{
	TSharedRef<IHttpRequest, ESPMode::ThreadSafe> Request = FHttpModule::Get().CreateRequest();
	Request->SetURL(TelemetryEndpoint);
	Request->SetVerb(TEXT("POST"));
	Request->SetHeader(TEXT("Content-Type"), TEXT("application/json"));
	Request->SetHeader(TEXT("Authorization"), FString::Printf(TEXT("Bearer %s"), DevTelemetryToken));
	Request->SetHeader(TEXT("X-Build-Id"), TEXT("8ca91da3c2b573a9f583118d5933fffc9a530bf8"));
	Request->SetContentAsString(JsonBody);
	Request->OnProcessRequestComplete().BindLambda(
		[](FHttpRequestPtr Req, FHttpResponsePtr Resp, bool bOk)
		{
			if (!bOk || !Resp.IsValid() || Resp->GetResponseCode() >= 300)
			{
				UE_LOG(LogTelemetry, Warning, TEXT("telemetry batch failed (%d)"), Resp.IsValid() ? Resp->GetResponseCode() : -1);
			}
		});
	Request->ProcessRequest();
}

void UTelemetryClient::UploadCrash(const TArray<uint8>& Minidump)
{
	TSharedRef<IHttpRequest, ESPMode::ThreadSafe> Request = FHttpModule::Get().CreateRequest();
	Request->SetURL(TEXT("https://crash.snofall.se/upload"));
	Request->SetVerb(TEXT("PUT"));
	Request->SetHeader(TEXT("Authorization"), FString(TEXT("Bearer ")) + CrashBucketToken);
	Request->SetContent(Minidump);
	Request->ProcessRequest();
}
