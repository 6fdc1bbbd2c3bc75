/* Sociale Kaart map page: areas, service markers, coverage and the resident's radius on a folium/Leaflet map.
 *
 * All data arrives as JSON (the #sk-data block, or QWebChannel signals carrying JSON strings). Catalog text is
 * only ever put into the page with textContent, never as HTML. No eval, no inline handlers.
 */
(function () {
  "use strict";

  // Colours come with the page (.sk-at-* rules written from socialekaart/palette.py), the same as in the app.
  var ACCESS = {
    sociale_basis: { label: "Sociale basis" },
    brede_voorziening: { label: "Brede voorziening" },
    vrij_toegankelijk: { label: "Vrij toegankelijk" },
    niet_vrij_toegankelijk: { label: "Niet vrij toegankelijk" }
  };
  var UNKNOWN_ACCESS = { label: "Toegang onbekend" };
  // The page's own words; the app sends them in its language (setWords), these are the Dutch defaults.
  var WORDS = {
    open: "Nu open",
    closed: "Nu gesloten",
    hoursUnknown: "Openingstijden onbekend",
    legend: "Legenda",
    coverageTitle: "Aanbod per buurt: %1",
    coverageNone: "geen",
    coverageOne: "1 plek of dienst",
    coverageMany: "%1 plekken of diensten",
    resident: "Adres van de inwoner",
    atAddress: "%1 op dit adres"
  };
  var COVERAGE_COLORS = ["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"];
  var CLUSTER_FROM = 40;
  var AREA_CODE = /^(GM|WK|BU)\d+$/;

  var state = {
    map: null,
    bridge: null,
    buurten: null,
    wijken: null,
    wijkLabels: null,
    buurtLabels: null,
    markerLayer: null,
    markersById: {},
    highlighted: [],
    lastClicked: null,
    selectedArea: null,
    accessLegend: null,
    legendOpen: null,
    highlighting: 0,
    nextHighlight: null,
    coverage: null,
    coverageLegend: null,
    near: null,
    markersDone: false,
    waitingForMarkers: false,
    ready: false
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function accessInfo(code) {
    return Object.prototype.hasOwnProperty.call(ACCESS, code) ? ACCESS[code] : UNKNOWN_ACCESS;
  }

  function accessClass(code) {
    return Object.prototype.hasOwnProperty.call(ACCESS, code) ? "sk-at-" + code : "sk-at-onbekend";
  }

  function openLabel(openNow) {
    if (openNow === true) { return WORDS.open; }
    if (openNow === false) { return WORDS.closed; }
    return WORDS.hoursUnknown;
  }

  function setWords(words) {
    if (!words || typeof words !== "object") { return; }
    Object.keys(WORDS).forEach(function (k) { if (typeof words[k] === "string") { WORDS[k] = words[k]; } });
    var access = words.access || {};
    Object.keys(ACCESS).forEach(function (code) {
      if (typeof access[code] === "string") { ACCESS[code].label = access[code]; }
    });
    if (typeof access.unknown === "string") { UNKNOWN_ACCESS.label = access.unknown; }
    if (state.map) {
      addAccessLegend();
      if (state.coverage) { setCoverage({ counts: state.coverage.counts, label: state.coverage.label }); }
    }
  }

  function send(method, arg) {
    if (state.bridge && typeof state.bridge[method] === "function") {
      state.bridge[method](arg);
    }
  }

  /* ---------------------------------------------------------------- areas */

  function areaTooltip(props) {
    var box = el("div", "sk-tip");
    box.appendChild(el("strong", null, props.name));
    box.appendChild(el("div", "sk-tip-code", props.code));
    return box;
  }

  function buurtStyle(feature) {
    var style = { color: "#5d6d7e", weight: 1, opacity: 0.9, fillColor: "#ffffff", fillOpacity: 0.05 };
    if (state.selectedArea && state.selectedArea[feature.properties.code]) {
      style.color = "#0b5394";
      style.weight = 3;
    }
    if (state.coverage) {
      var count = state.coverage.counts[feature.properties.code] || 0;
      style.fillColor = coverageColor(count, state.coverage.max);
      style.fillOpacity = 0.7;
    }
    return style;
  }

  function addAreas(collection) {
    var buurtFeatures = [];
    var wijkFeatures = [];
    (collection.features || []).forEach(function (f) {
      if (!f || !f.properties || !AREA_CODE.test(String(f.properties.code))) { return; }
      if (f.properties.kind === "wijk") { wijkFeatures.push(f); } else if (f.properties.kind === "buurt") { buurtFeatures.push(f); }
    });
    state.buurten = L.geoJSON({ type: "FeatureCollection", features: buurtFeatures }, {
      style: buurtStyle,
      onEachFeature: function (feature, layer) {
        layer.bindTooltip(areaTooltip(feature.properties), { sticky: true, direction: "top" });
        layer.on("click", function () { areaClicked(feature.properties.code); });
      }
    }).addTo(state.map);
    state.wijken = L.geoJSON({ type: "FeatureCollection", features: wijkFeatures }, {
      interactive: false,
      style: function () { return { color: "#1b2631", weight: 2.5, opacity: 0.9, fill: false }; }
    }).addTo(state.map);
    state.wijkLabels = L.layerGroup();
    wijkFeatures.forEach(function (f) {
      if (!f.properties.label) { return; }
      var label = el("span", "sk-label-text", shortWijkName(f.properties.name));
      var marker = L.marker(f.properties.label, {
        icon: L.divIcon({ className: "sk-label sk-label-wijk", html: label, iconSize: null }),
        keyboard: true,
        title: f.properties.name,
        zIndexOffset: -1000
      });
      marker.on("click", function () { areaClicked(f.properties.code); });
      state.wijkLabels.addLayer(marker);
    });
    state.wijkLabels.addTo(state.map);
    state.buurtLabels = L.layerGroup();
    buurtFeatures.forEach(function (f) {
      if (!f.properties.label) { return; }
      state.buurtLabels.addLayer(L.marker(f.properties.label, {
        icon: L.divIcon({ className: "sk-label sk-label-buurt", html: el("span", "sk-label-text", f.properties.name), iconSize: null }),
        interactive: false,
        keyboard: false
      }));
    });
    state.map.on("zoomend", updateLabels);
    var bounds = state.buurten.getBounds();
    if (!bounds.isValid()) { bounds = state.wijken.getBounds(); }
    if (bounds.isValid()) { state.map.fitBounds(bounds, fitOptions(false)); }
    updateLabels();
  }

  function fitOptions(animate) {
    // Keep what is fitted clear of the legend in the bottom-right corner (and of the scale bottom-left).
    var legend = state.accessLegend && state.accessLegend.getContainer();
    var w = legend ? legend.offsetWidth + 10 : 12;
    var h = legend ? legend.offsetHeight + 10 : 12;
    return { paddingTopLeft: [12, 12], paddingBottomRight: [w, Math.max(h, 30)], animate: animate };
  }

  function areaBounds(codes) {
    var wanted = {};
    codes.forEach(function (c) { wanted[String(c)] = true; });
    var bounds = L.latLngBounds([]);
    [state.buurten, state.wijken].forEach(function (group) {
      if (!group) { return; }
      group.eachLayer(function (layer) {
        if (layer.feature && wanted[layer.feature.properties.code]) { bounds.extend(layer.getBounds()); }
      });
    });
    return bounds;
  }

  function fitAreas(codes) {
    // A kern, wijk or buurt was chosen: show all of it (the codes are its wijken and buurten).
    if (!Array.isArray(codes) || !codes.length) { return false; }
    var bounds = areaBounds(codes);
    if (!bounds.isValid()) { return false; }
    state.map.fitBounds(bounds, fitOptions(false));
    document.body.setAttribute("data-sk-fitted", codes.join(","));
    return true;
  }

  function selectArea(code) {
    // A click on the map selects an area (outlined); filtering on it is a separate, deliberate step in the app.
    state.selectedArea = null;
    if (code && AREA_CODE.test(String(code))) {
      state.selectedArea = {};
      state.selectedArea[String(code)] = true;
    }
    if (state.buurten) { state.buurten.setStyle(buurtStyle); }
    document.body.setAttribute("data-sk-selected-area", code ? String(code) : "");
  }

  function shortWijkName(name) {
    // CBS names wijken "Wijk 03 Oosterhout-Zuid"; the number adds nothing on a map.
    return String(name).replace(/^Wijk\s+\d+\s+/, "");
  }

  function updateLabels() {
    var zoom = state.map.getZoom();
    var shown;
    if (zoom >= 15) {
      if (!state.map.hasLayer(state.buurtLabels)) { state.buurtLabels.addTo(state.map); }
      if (state.map.hasLayer(state.wijkLabels)) { state.map.removeLayer(state.wijkLabels); }
      shown = state.buurtLabels;
    } else {
      if (state.map.hasLayer(state.buurtLabels)) { state.map.removeLayer(state.buurtLabels); }
      if (!state.map.hasLayer(state.wijkLabels)) { state.wijkLabels.addTo(state.map); }
      shown = state.wijkLabels;
    }
    hideOverlappingLabels(shown);
  }

  function hideOverlappingLabels(group) {
    // A label that would overlap one already placed is hidden (its name stays in the tooltip on hover).
    var placed = [];
    group.eachLayer(function (marker) {
      var icon = marker._icon;
      var text = icon && icon.firstChild;
      if (!text) { return; }
      text.style.visibility = "";
      var r = text.getBoundingClientRect();
      var hit = placed.some(function (p) {
        return r.left < p.right + 4 && r.right + 4 > p.left && r.top < p.bottom + 2 && r.bottom + 2 > p.top;
      });
      if (hit) { text.style.visibility = "hidden"; } else { placed.push(r); }
    });
  }

  function areaClicked(code) {
    code = String(code);
    if (!AREA_CODE.test(code)) { return; }
    selectArea(code);
    document.body.setAttribute("data-sk-last-area", code);
    send("areaClicked", code);
  }

  /* ---------------------------------------------------------------- coverage */

  function coverageColor(count, max) {
    if (!count) { return COVERAGE_COLORS[0]; }
    if (max <= 1) { return COVERAGE_COLORS[3]; }
    var step = Math.min(COVERAGE_COLORS.length - 1, 1 + Math.floor((count - 1) / max * (COVERAGE_COLORS.length - 1)));
    return COVERAGE_COLORS[step];
  }

  function setCoverage(coverage) {
    if (coverage && coverage.counts) {
      var max = 0;
      Object.keys(coverage.counts).forEach(function (k) { max = Math.max(max, Number(coverage.counts[k]) || 0); });
      state.coverage = { counts: coverage.counts, max: max, label: String(coverage.label || coverage.need || "") };
    } else {
      state.coverage = null;
    }
    if (state.buurten) { state.buurten.setStyle(buurtStyle); }
    if (state.coverageLegend) { state.map.removeControl(state.coverageLegend); state.coverageLegend = null; }
    if (state.coverage) {
      var legend = L.control({ position: "bottomleft" });
      var cov = state.coverage;
      legend.onAdd = function () {
        var box = el("div", "sk-legend sk-coverage-legend");
        box.appendChild(el("strong", null, WORDS.coverageTitle.replace("%1", cov.label)));
        var scale = [0, 1, Math.max(2, Math.ceil(cov.max / 2)), cov.max];
        var seen = {};
        scale.forEach(function (n) {
          if (seen[n] || n > cov.max && n !== 0) { return; }
          seen[n] = true;
          var row = el("div", "sk-legend-row");
          var swatch = el("span", "sk-swatch");
          swatch.style.background = coverageColor(n, cov.max);
          row.appendChild(swatch);
          var words = n === 0 ? WORDS.coverageNone : (n === 1 ? WORDS.coverageOne : WORDS.coverageMany.replace("%1", n));
          row.appendChild(el("span", null, words));
          box.appendChild(row);
        });
        return box;
      };
      legend.addTo(state.map);
      state.coverageLegend = legend;
    }
  }

  /* ---------------------------------------------------------------- markers */

  function popupContent(props) {
    var box = el("div", "sk-popup");
    box.appendChild(el("strong", "sk-popup-name", props.name));
    var access = el("div", "sk-popup-access " + accessClass(props.access_type), accessInfo(props.access_type).label);
    box.appendChild(access);
    box.appendChild(el("div", "sk-popup-open", openLabel(props.open_now)));
    return box;
  }

  function setMarkers(collection) {
    if (state.markerLayer) { state.map.removeLayer(state.markerLayer); }
    state.markersById = {};
    state.highlighted = [];
    state.lastClicked = null;
    var features = (collection && collection.features) || [];
    state.markersDone = false;
    var many = features.length >= CLUSTER_FROM;
    // Markers at one address always group into one numbered circle that fans out (spiderfies) on a click; many
    // markers also cluster by distance below street level.
    var layer = L.markerClusterGroup
      ? L.markerClusterGroup({
        chunkedLoading: many,
        chunkProgress: function (processed, total) { if (processed >= total) { markersDone(); } },
        maxClusterRadius: function (zoom) { return many && zoom < 17 ? 45 : 1; },
        iconCreateFunction: clusterIcon,
        spiderfyOnMaxZoom: true,
        showCoverageOnHover: false
      })
      : L.featureGroup();
    var markers = [];
    features.forEach(function (f) {
      var p = f.properties || {};
      var c = f.geometry && f.geometry.coordinates;
      if (!c || typeof p.id !== "string") { return; }
      var marker = L.marker([c[1], c[0]], {
        icon: L.divIcon({ className: "sk-marker " + accessClass(p.access_type), iconSize: [16, 16] }),
        title: String(p.name),
        alt: String(p.name),
        riseOnHover: true
      });
      marker.skId = p.id;
      marker.bindPopup(function () { return popupContent(p); }, { autoPan: true });
      marker.on("click", function () {
        // This marker is the clicked location: the app's highlight of the service then keeps to it.
        state.lastClicked = marker;
        markHighlighted(p.id, [marker]);
        document.body.setAttribute("data-sk-last-marker", p.id);
        document.body.setAttribute("data-sk-last-marker-at", marker.getLatLng().lat + "," + marker.getLatLng().lng);
        send("markerClicked", p.id);
      });
      if (!state.markersById[p.id]) { state.markersById[p.id] = []; }
      state.markersById[p.id].push(marker);
      markers.push(marker);
    });
    if (layer.addLayers) { layer.addLayers(markers); } else { markers.forEach(function (m) { layer.addLayer(m); }); }
    layer.addTo(state.map);
    state.markerLayer = layer;
    document.body.setAttribute("data-sk-markers", String(markers.length));
    if (!layer.addLayers || !many || markers.length === 0) { markersDone(); }
  }

  function clusterIcon(cluster) {
    // Neutral clusters: the access-type colours belong to single markers only. One address: a count to fan out.
    var count = cluster.getChildCount();
    var size = count < 10 ? 30 : (count < 100 ? 36 : 42);
    var bounds = cluster.getBounds();
    var oneAddress = bounds.getNorthEast().equals(bounds.getSouthWest());
    var text = el("span", null, String(count));
    if (oneAddress) {
      text.title = WORDS.atAddress.replace("%1", count);
      text.setAttribute("aria-label", text.title);
    }
    return L.divIcon({
      html: text,
      className: oneAddress ? "sk-cluster sk-one-address" : "sk-cluster",
      iconSize: L.point(size, size)
    });
  }

  function markersDone() {
    state.markersDone = true;
    if (state.waitingForMarkers) { state.waitingForMarkers = false; signalReady(); return; }
    if (state.ready) {
      var count = String(Object.keys(state.markersById).length);
      afterPaint(function () {
        document.body.setAttribute("data-sk-markers-drawn", count);
        send("markersDrawn", count);
      });
    }
  }

  function afterPaint(callback) {
    window.requestAnimationFrame(function () { window.requestAnimationFrame(callback); });
  }

  function markHighlighted(id, only) {
    state.highlighted.forEach(function (m) {
      if (m._icon) { L.DomUtil.removeClass(m._icon, "sk-highlight"); }
      m.setZIndexOffset(0);
    });
    var markers = only || state.markersById[id] || [];
    state.highlighted = markers.slice();
    markers.forEach(function (m) {
      if (m._icon) { L.DomUtil.addClass(m._icon, "sk-highlight"); }
      m.setZIndexOffset(1000);
    });
    document.body.setAttribute("data-sk-highlighted-at", markers.map(function (m) {
      return m.getLatLng().lat + "," + m.getLatLng().lng;
    }).join(";"));
  }

  function highlight(id) {
    var all = state.markersById[id];
    if (!all || !all.length) { return false; }
    var clicked = state.lastClicked;
    state.lastClicked = null;
    if (clicked && clicked.skId === id) {
      // The user clicked this very location: keep to it, the map does not move.
      markHighlighted(id, [clicked]);
      clicked.openPopup();
      document.body.setAttribute("data-sk-highlighted", id);
      return true;
    }
    if (all.length > 1) {
      // Chosen in the list: all its own locations, each highlighted, all in view.
      var bounds = L.latLngBounds(all.map(function (m) { return m.getLatLng(); }));
      state.map.fitBounds(bounds, fitOptions(false));
      if (state.map.getZoom() > 16) { state.map.setZoom(16); }
      afterPaint(function () {
        markHighlighted(id, all);
        document.body.setAttribute("data-sk-highlighted", id);
      });
      return true;
    }
    var marker = all[0];
    // A highlight that arrives while the cluster layer is still zooming to the previous one would be lost:
    // keep the latest and run it when the running one is done (or after 2 s, should its callback never come).
    if (state.highlighting && Date.now() - state.highlighting < 2000) {
      state.nextHighlight = id;
      return true;
    }
    state.highlighting = Date.now();
    var show = function () {
      markHighlighted(id, [marker]);
      marker.openPopup();
      document.body.setAttribute("data-sk-highlighted", id);
      state.highlighting = 0;
      var next = state.nextHighlight;
      state.nextHighlight = null;
      if (next && next !== id) { highlight(next); }
    };
    if (state.markerLayer && state.markerLayer.zoomToShowLayer) {
      state.markerLayer.zoomToShowLayer(marker, function () { state.map.panTo(marker.getLatLng()); show(); });
    } else {
      state.map.setView(marker.getLatLng(), Math.max(state.map.getZoom(), 15));
      show();
    }
    return true;
  }

  /* ---------------------------------------------------------------- near */

  function setNear(near) {
    if (state.near) { state.map.removeLayer(state.near); state.near = null; }
    if (!near || typeof near.lat !== "number" || typeof near.lon !== "number") { return; }
    var group = L.featureGroup();
    var radius = Math.max(0, Number(near.radius_km) || 0) * 1000;
    if (radius > 0) {
      group.addLayer(L.circle([near.lat, near.lon], {
        radius: radius, color: "#c0392b", weight: 2, dashArray: "6 4", fillColor: "#c0392b", fillOpacity: 0.06,
        interactive: false
      }));
    }
    var point = L.circleMarker([near.lat, near.lon], {
      radius: 7, color: "#ffffff", weight: 2, fillColor: "#c0392b", fillOpacity: 1
    });
    point.bindTooltip(el("span", null, near.label ? String(near.label) : WORDS.resident));
    group.addLayer(point);
    group.addTo(state.map);
    state.near = group;
    if (radius > 0) { state.map.fitBounds(group.getBounds(), { padding: [16, 16], animate: false }); }
  }

  /* ---------------------------------------------------------------- legend, attribution */

  function addAccessLegend() {
    // Collapsible: folded to one small button on a small map (it would cover the south of the gemeente).
    if (state.accessLegend) { state.map.removeControl(state.accessLegend); }
    if (state.legendOpen === null) { state.legendOpen = state.map.getSize().y >= 480; }
    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var box = el("div", "sk-legend sk-access-legend" + (state.legendOpen ? "" : " sk-folded"));
      var toggle = el("button", "sk-legend-toggle", WORDS.legend + (state.legendOpen ? " ▾" : " ▸"));
      toggle.type = "button";
      toggle.setAttribute("aria-expanded", state.legendOpen ? "true" : "false");
      L.DomEvent.disableClickPropagation(box);
      toggle.addEventListener("click", function () {
        state.legendOpen = !state.legendOpen;
        addAccessLegend();
      });
      box.appendChild(toggle);
      if (state.legendOpen) {
        Object.keys(ACCESS).forEach(function (code) {
          var row = el("div", "sk-legend-row");
          row.appendChild(el("span", "sk-swatch sk-dot " + accessClass(code)));
          row.appendChild(el("span", null, ACCESS[code].label));
          box.appendChild(row);
        });
      }
      return box;
    };
    legend.addTo(state.map);
    state.accessLegend = legend;
    document.body.setAttribute("data-sk-legend", state.legendOpen ? "open" : "folded");
  }

  /* ---------------------------------------------------------------- bridge, start */

  function connectBridge() {
    if (!(window.qt && window.qt.webChannelTransport && window.QWebChannel)) { return; }
    new window.QWebChannel(window.qt.webChannelTransport, function (channel) {
      var bridge = channel.objects.skBridge;
      if (!bridge) { return; }
      bridge.resultsChanged.connect(function (json) { setMarkers(JSON.parse(json)); });
      bridge.nearChanged.connect(function (json) { setNear(JSON.parse(json)); });
      bridge.coverageChanged.connect(function (json) { setCoverage(JSON.parse(json)); });
      bridge.highlightRequested.connect(function (id) { highlight(String(id)); });
      if (bridge.wordsChanged) { bridge.wordsChanged.connect(function (json) { setWords(JSON.parse(json)); }); }
      if (bridge.areasFitRequested) {
        bridge.areasFitRequested.connect(function (json) { fitAreas(JSON.parse(json)); });
      }
      if (bridge.areaSelected) { bridge.areaSelected.connect(function (code) { selectArea(String(code)); }); }
      state.bridge = bridge;
      if (state.ready) { send("pageReady", "bridge"); }
    });
  }

  function signalReady() {
    if (!state.markersDone) { state.waitingForMarkers = true; return; }
    // Two animation frames: the first paint with the polygons and markers has happened by then.
    afterPaint(function () {
      state.ready = true;
      document.body.setAttribute("data-sk-ready", "1");
      send("pageReady", "drawn");
    });
  }

  function start() {
    var data = JSON.parse(document.getElementById("sk-data").textContent);
    var map = window[data.map];
    if (!map) { return; }
    state.map = map;
    // The marker clusters need a finite zoom range, and without tiles Leaflet has none.
    map.setMinZoom(9);
    map.setMaxZoom(19);
    map.attributionControl.setPrefix(false);
    L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);
    (data.attributions || []).forEach(function (text) { map.attributionControl.addAttribution(text); });
    if (data.words) { setWords(data.words); }
    addAccessLegend();  // first: the areas are fitted clear of it
    addAreas(data.areas || { features: [] });
    if (data.coverage) { setCoverage(data.coverage); }
    setMarkers(data.markers || { features: [] });
    if (data.near) { setNear(data.near); }
    window.skMap = {
      highlight: highlight,
      fitAreas: fitAreas,
      legendCovers: function (codes) {
        // Whether the legend's box overlaps the on-screen box of these areas (the app fits them clear of it).
        var c = state.accessLegend && state.accessLegend.getContainer();
        var bounds = areaBounds(codes);
        if (!c || !bounds.isValid()) { return null; }
        var mapBox = state.map.getContainer().getBoundingClientRect();
        var sw = state.map.latLngToContainerPoint(bounds.getSouthWest());
        var ne = state.map.latLngToContainerPoint(bounds.getNorthEast());
        var r = c.getBoundingClientRect();
        var left = r.left - mapBox.left, top = r.top - mapBox.top, right = r.right - mapBox.left;
        var bottom = r.bottom - mapBox.top;
        return left < ne.x && right > sw.x && top < sw.y && bottom > ne.y;
      },
      legendBox: function () {
        var c = state.accessLegend && state.accessLegend.getContainer();
        if (!c) { return null; }
        var r = c.getBoundingClientRect();
        return [r.left, r.top, r.right, r.bottom];
      },
      clickMarker: function (id, index) {
        var list = state.markersById[id] || [];
        var m = list[index || 0];
        if (m) { m.fire("click"); return true; }
        return false;
      },
      locations: function (id) {
        return (state.markersById[id] || []).map(function (m) { return [m.getLatLng().lat, m.getLatLng().lng]; });
      },
      clickArea: function (code) {
        var hit = false;
        [state.buurten, state.wijken].forEach(function (group) {
          if (!group) { return; }
          group.eachLayer(function (layer) {
            if (!hit && layer.feature && layer.feature.properties.code === code) { hit = true; areaClicked(code); }
          });
        });
        return hit;
      },
      markerCount: function () { return Object.keys(state.markersById).length; },
      popupText: function (id) {
        var m = (state.markersById[id] || [])[0];
        if (!m) { return null; }
        var content = m.getPopup().getContent();
        var node = typeof content === "function" ? content(m) : content;
        return node.textContent;
      }
    };
    connectBridge();
    signalReady();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    window.setTimeout(start, 0);
  }
})();
