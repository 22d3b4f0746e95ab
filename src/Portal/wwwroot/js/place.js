// "Dùng vị trí hiện tại của tôi": fills the coordinates from the browser's location. Progressive enhancement:
// the button stays hidden where the browser cannot locate (or JavaScript is off), and the fields can always be typed.
(function () {
    "use strict";
    // The button names the fields it fills (data-latitude, data-longitude: their ids).
    var button = document.getElementById("use-my-location");
    var latitude = button && document.getElementById(button.dataset.latitude);
    var longitude = button && document.getElementById(button.dataset.longitude);
    var status = document.getElementById("place-status");
    if (!button || !latitude || !longitude || !status || !("geolocation" in navigator) || !window.isSecureContext) {
        return;
    }

    button.hidden = false;
    button.addEventListener("click", function () {
        status.textContent = button.dataset.locating;
        button.disabled = true;
        navigator.geolocation.getCurrentPosition(function (position) {
            // Six decimals is about ten centimetres: more than enough to find a pothole.
            latitude.value = position.coords.latitude.toFixed(6);
            longitude.value = position.coords.longitude.toFixed(6);
            status.textContent = button.dataset.found;
            button.disabled = false;
        }, function () {
            status.textContent = button.dataset.failed;
            button.disabled = false;
        }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
}());
