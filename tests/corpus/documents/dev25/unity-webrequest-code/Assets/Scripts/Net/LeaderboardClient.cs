using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class LeaderboardClient : MonoBehaviour
{
    [SerializeField] private string baseUrl = "https://lb.pixelfjord.games/api/v1";

    // build-time token for the leaderboard service (injected by BuildPipeline/InjectSecrets.cs,
    // but the injector is disabled for dev builds so the literal is used)
    private const string ServiceToken = "Ta7XABDD4C9tb6KuyFpvK2bX7H2M8g6q6CVGWBoPSn116fzm";

    public IEnumerator SubmitScore(string playerId, int score)
    {
        var json = JsonUtility.ToJson(new ScoreDto { player = playerId, score = score, build = Application.version });
        using var req = new UnityWebRequest($"{baseUrl}/scores", "POST");
        req.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(json));
        req.downloadHandler = new DownloadHandlerBuffer();
        req.SetRequestHeader("Content-Type", "application/json");
        req.SetRequestHeader("Authorization", "Bearer " + ServiceToken);
        yield return req.SendWebRequest();
        if (req.result != UnityWebRequest.Result.Success)
            Debug.LogWarning($"score submit failed: {req.responseCode} {req.error}");
    }

    public IEnumerator FetchRemoteConfig()
    {
        using var req = UnityWebRequest.Get("https://cfg.pixelfjord.games/remote-config?platform=" + Application.platform);
        req.SetRequestHeader("Authorization", "Bearer 958eb366c1d0cdabb6c266fb632355c3ec52eccc");
        yield return req.SendWebRequest();
        Debug.Log(req.downloadHandler.text);
    }

    [System.Serializable]
    private class ScoreDto { public string player; public int score; public string build; }
}
