"use client";
import { useEffect, useRef, useState } from "react";
import maplibregl, { type GeoJSONSource, type StyleSpecification } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { MapPoint } from "@/lib/map/map-points";

export type MapLabels = { region: string; loading: string; failed: string; call: string; attribution: string };

type Props = { slugs: string[]; locale: string; styleUrl: string | null; labels: MapLabels };

// The offline style: the project's own basemap (regions and municipalities) and no text
// layers, so no glyph or tile server is needed (tests and deployments without MAP_STYLE_URL).
function offlineStyle(attribution: string): StyleSpecification {
  return {
    version: 8,
    sources: { basemap: { type: "geojson", data: "/api/map/basemap", attribution } },
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#eef2f5" } },
      {
        id: "regions",
        type: "fill",
        source: "basemap",
        filter: ["==", ["get", "kind"], "region"],
        paint: { "fill-color": ["match", ["get", "code"], "03", "#dbeafe", "#dcfce7"], "fill-opacity": 0.8 },
      },
      {
        id: "region-lines",
        type: "line",
        source: "basemap",
        filter: ["==", ["get", "kind"], "region"],
        paint: { "line-color": "#475569", "line-width": 1.5 },
      },
      {
        id: "municipalities",
        type: "circle",
        source: "basemap",
        filter: ["==", ["get", "kind"], "municipality"],
        paint: { "circle-radius": 2.5, "circle-color": "#64748b" },
      },
    ],
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The map itself: loaded only when someone opens it (components/map/map-toggle.tsx). */
export default function ServiceMap({ slugs, locale, styleUrl, labels }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const [count, setCount] = useState(0);

  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: styleUrl ?? offlineStyle(labels.attribution),
      center: [-71.2, 46.7],
      zoom: 7,
      attributionControl: { compact: false },
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
    // Reachable from the element for the end-to-end tests (markers are drawn on a canvas).
    Object.assign(container.current, { map });
    map.on("error", () => setState((current) => (current === "ready" ? current : "failed")));
    map.on("load", async () => {
      const response = await fetch(`/api/map/points?services=${slugs.join(",")}&lang=${locale}`);
      if (!response.ok) return setState("failed");
      const { points } = (await response.json()) as { points: MapPoint[] };
      map.addSource("services", {
        type: "geojson",
        cluster: true,
        clusterRadius: 40,
        data: {
          type: "FeatureCollection",
          features: points.map((point) => ({
            type: "Feature",
            properties: { ...point, phone: JSON.stringify(point.phone) },
            geometry: { type: "Point", coordinates: [point.lng, point.lat] },
          })),
        },
      });
      map.addLayer({
        id: "clusters",
        type: "circle",
        source: "services",
        filter: ["has", "point_count"],
        paint: {
          "circle-color": "#094a71",
          "circle-radius": ["step", ["get", "point_count"], 14, 10, 20, 50, 26],
          "circle-stroke-color": "#ffffff",
          "circle-stroke-width": 2,
        },
      });
      map.addLayer({
        id: "places",
        type: "circle",
        source: "services",
        filter: ["!", ["has", "point_count"]],
        paint: {
          "circle-color": "#c2410c",
          "circle-radius": 8,
          "circle-stroke-color": "#ffffff",
          "circle-stroke-width": 2,
        },
      });
      map.on("click", "clusters", async (event) => {
        const feature = event.features?.[0];
        if (!feature) return;
        const source = map.getSource("services") as GeoJSONSource;
        const zoom = await source.getClusterExpansionZoom(feature.properties.cluster_id as number);
        map.easeTo({ center: (feature.geometry as GeoJSON.Point).coordinates as [number, number], zoom });
      });
      map.on("click", "places", (event) => {
        const feature = event.features?.[0];
        if (!feature) return;
        const p = feature.properties as Record<string, string>;
        const phone = JSON.parse(p.phone) as MapPoint["phone"];
        new maplibregl.Popup({ closeButton: true })
          .setLngLat((feature.geometry as GeoJSON.Point).coordinates as [number, number])
          .setHTML(
            `<p><a href="${escapeHtml(p.url)}"><strong>${escapeHtml(p.name)}</strong></a></p>` +
              `<p>${escapeHtml(p.organization)}</p>` +
              (phone
                ? `<p>${escapeHtml(labels.call)} <a href="${escapeHtml(phone.href)}">${escapeHtml(phone.label)}</a></p>`
                : ""),
          )
          .addTo(map);
      });
      for (const layer of ["clusters", "places"]) {
        map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
        map.on("mouseleave", layer, () => (map.getCanvas().style.cursor = ""));
      }
      if (points.length) {
        const bounds = new maplibregl.LngLatBounds();
        for (const point of points) bounds.extend([point.lng, point.lat]);
        map.fitBounds(bounds, { padding: 48, maxZoom: 13, duration: 0 });
      }
      setCount(points.length);
      setState("ready");
    });
    return () => map.remove();
  }, [slugs, locale, styleUrl, labels]);

  return (
    <div className="space-y-1">
      <div
        ref={container}
        role="region"
        aria-label={labels.region}
        data-state={state}
        data-marker-count={count}
        className="h-96 w-full rounded border border-slate-300"
      />
      <p role="status" className="text-sm">
        {state === "loading" ? labels.loading : state === "failed" ? labels.failed : ""}
      </p>
    </div>
  );
}
