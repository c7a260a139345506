// Optional drawn signature on the authorization page. Without this script the
// page works the same (typed name and consent); with it, a signature drawn with a
// finger or mouse is sent along as a PNG and printed on the signed copy.
(function () {
  "use strict";
  var box = document.getElementById("draw-box");
  var canvas = document.getElementById("signature-pad");
  var field = document.getElementById("drawn-signature");
  var clear = document.getElementById("clear-signature");
  if (!box || !canvas || !field || !canvas.getContext) { return; }
  box.hidden = false;
  var ctx = canvas.getContext("2d");
  var drawing = false;
  var drawn = false;
  ctx.lineWidth = 2.5;
  ctx.lineCap = "round";
  ctx.strokeStyle = "#1b1f24";

  function point(event) {
    var r = canvas.getBoundingClientRect();
    return {
      x: (event.clientX - r.left) * (canvas.width / r.width),
      y: (event.clientY - r.top) * (canvas.height / r.height)
    };
  }
  canvas.addEventListener("pointerdown", function (event) {
    drawing = true;
    canvas.setPointerCapture(event.pointerId);
    var p = point(event);
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    event.preventDefault();
  });
  canvas.addEventListener("pointermove", function (event) {
    if (!drawing) { return; }
    var p = point(event);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
    drawn = true;
    event.preventDefault();
  });
  function stop() {
    if (!drawing) { return; }
    drawing = false;
    field.value = drawn ? canvas.toDataURL("image/png") : "";
  }
  canvas.addEventListener("pointerup", stop);
  canvas.addEventListener("pointercancel", stop);
  clear.addEventListener("click", function () {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    drawn = false;
    field.value = "";
  });
})();
