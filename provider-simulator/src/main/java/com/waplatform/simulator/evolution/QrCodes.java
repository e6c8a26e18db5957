package com.waplatform.simulator.evolution;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes like WhatsApp Web's pairing codes: a fresh ref string each time, rendered as a PNG data URL. */
public final class QrCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SCALE = 4;
    private static final int MARGIN = 3;

    private QrCodes() {
    }

    /** A pairing string in WhatsApp Web's shape: {@code 2@ref,publicKey,identityKey,advSecret,1}. */
    public static String newCode() {
        return "2@" + random(24) + "," + random(32) + "," + random(32) + "," + random(32) + ",1";
    }

    /** The code as {@code data:image/png;base64,…}. */
    public static String pngDataUrl(String code) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.H, EncodeHintType.MARGIN, 0));
            int size = (matrix.getWidth() + 2 * MARGIN) * SCALE;
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int mx = x / SCALE - MARGIN;
                    int my = y / SCALE - MARGIN;
                    boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight()
                            && matrix.get(mx, my);
                    image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }

    private static String random(int bytes) {
        byte[] data = new byte[bytes];
        RANDOM.nextBytes(data);
        return Base64.getEncoder().encodeToString(data);
    }
}
