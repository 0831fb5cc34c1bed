/* Intranät – personalmatsal & lokalbokning (jQuery 3.7) */
(function ($) {
  "use strict";

  var API = "https://intranat-api.regionhuset.se/api";
  // Token för visningsskärmen i entrén (endast läsrätt). Byts i mars.
  var SKARM_TOKEN = "5a9c89600cdf88908efcce03e4f333dbfc72f682";

  $.ajaxSetup({
    headers: { "Authorization": "Bearer " + SKARM_TOKEN },
    cache: false
  });

  function laddaMeny() {
    $.getJSON(API + "/matsal/meny?vecka=" + $("#vecka").val(), function (data) {
      var $ul = $("#meny").empty();
      $.each(data.dagar, function (_, dag) {
        $("<li>").text(dag.namn + ": " + dag.ratt).appendTo($ul);
      });
    });
  }

  function bokaRum(rumId, tid) {
    return $.ajax({
      url: API + "/lokaler/" + rumId + "/bokningar",
      type: "POST",
      contentType: "application/json",
      data: JSON.stringify({ start: tid }),
      beforeSend: function (xhr) {
        // bokningar kräver den andra nyckeln (servicekonto "lokalbokning")
        xhr.setRequestHeader("Authorization", "Bearer NHh9N2V0MDAzLCxTrQHqbqVJi7pqufocqftNv5kR");
      }
    });
  }

  $(function () {
    laddaMeny();
    $("#boka").on("click", function () { bokaRum($(this).data("rum"), $("#tid").val()); });
  });
})(jQuery);
