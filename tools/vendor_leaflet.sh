#!/usr/bin/env bash
# Vendors Leaflet and Leaflet.markercluster (dist files + LICENSE) into resources/map/ from the npm registry.
# The app never loads them from a CDN: the map page gets them through the skmap:// scheme (or inlined on export).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/resources/map"
LEAFLET_VERSION="${LEAFLET_VERSION:-1.9.4}"
CLUSTER_VERSION="${CLUSTER_VERSION:-1.5.3}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack "leaflet@$LEAFLET_VERSION" "leaflet.markercluster@$CLUSTER_VERSION" >/dev/null
mkdir leaflet cluster
tar -xzf "leaflet-$LEAFLET_VERSION.tgz" -C leaflet
tar -xzf "leaflet.markercluster-$CLUSTER_VERSION.tgz" -C cluster
rm -rf "$DEST/leaflet" "$DEST/markercluster"
mkdir -p "$DEST/leaflet" "$DEST/markercluster"
# Leaflet's whole dist (leaflet.js, leaflet.css, images/ for the default icons and layer control).
cp -r leaflet/package/dist/leaflet.js leaflet/package/dist/leaflet.css leaflet/package/dist/images "$DEST/leaflet/"
cp leaflet/package/LICENSE "$DEST/leaflet/LICENSE"
cp cluster/package/dist/leaflet.markercluster.js cluster/package/dist/MarkerCluster.css \
   cluster/package/dist/MarkerCluster.Default.css "$DEST/markercluster/"
cp cluster/package/MIT-LICENCE.txt "$DEST/markercluster/LICENSE"
sha256sum "$DEST"/leaflet/leaflet.js "$DEST"/leaflet/leaflet.css "$DEST"/markercluster/*.js "$DEST"/markercluster/*.css \
  | sed "s#$DEST/##" > "$DEST/SHA256SUMS"
echo "leaflet $LEAFLET_VERSION, leaflet.markercluster $CLUSTER_VERSION -> $DEST"
