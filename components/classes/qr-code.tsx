import QRCode from "qrcode";

/** A QR code drawn here as SVG from the qrcode library's module matrix: no image service, no
 *  markup injected. One path of unit squares, with the four-module quiet zone scanners need. */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const margin = 4;
  let d = "";
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) d += `M${col + margin} ${row + margin}h1v1h-1z`;
  }
  const size = modules.size + 2 * margin;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} className={className} shapeRendering="crispEdges" data-testid="qr-code">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
