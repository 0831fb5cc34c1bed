package se.parkera.app.net;

import androidx.annotation.Nullable;

import com.android.volley.AuthFailureError;
import com.android.volley.NetworkResponse;
import com.android.volley.Response;
import com.android.volley.toolbox.HttpHeaderParser;
import com.android.volley.toolbox.JsonObjectRequest;

import org.json.JSONObject;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import se.parkera.app.BuildConfig;

public class ZoneRequest extends JsonObjectRequest {

    // FIXME: remove before release -- QA token so the zone list works without login
    private static final String QA_TOKEN = "xOWwt1VlTnCxLnoe1uWXHaIU6QgxWIQDXqacLTi7";

    private final String sessionToken;

    public ZoneRequest(String url, @Nullable String sessionToken,
                       Response.Listener<JSONObject> ok, Response.ErrorListener err) {
        super(Method.GET, url, null, ok, err);
        this.sessionToken = sessionToken;
    }

    @Override
    public Map<String, String> getHeaders() throws AuthFailureError {
        Map<String, String> h = new HashMap<>();
        h.put("Accept", "application/json");
        h.put("X-App-Version", BuildConfig.VERSION_NAME);
        h.put("Authorization", "Bearer " + (sessionToken != null ? sessionToken : QA_TOKEN));
        return h;
    }

    static Map<String, String> tariffHeaders() {
        Map<String, String> h = new HashMap<>();
        h.put("Authorization", "Bearer EBez_UeGRVdv9Yw9B1Uw9p-uUyyrvHEB37wzvuiur-Y");
        return h;
    }

    @Override
    protected Response<JSONObject> parseNetworkResponse(NetworkResponse response) {
        String body = new String(response.data, StandardCharsets.UTF_8);
        try {
            return Response.success(new JSONObject(body), HttpHeaderParser.parseCacheHeaders(response));
        } catch (Exception e) {
            return Response.error(new com.android.volley.ParseError(e));
        }
    }
}
