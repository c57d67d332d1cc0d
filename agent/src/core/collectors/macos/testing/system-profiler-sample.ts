// Test-only: `system_profiler -xml SPHardwareDataType SPMemoryDataType SPPowerDataType
// SPDisplaysDataType` of an Apple silicon laptop with an external monitor, written for these
// tests in the shape system_profiler prints (serials and ids made up).

export const DISPLAYS_SECTION = `<dict>
    <key>_dataType</key><string>SPDisplaysDataType</string>
    <key>_items</key>
    <array>
      <dict>
        <key>_name</key><string>kHW_AppleM2Item</string>
        <key>sppci_model</key><string>Apple M2</string>
        <key>spdisplays_ndrvs</key>
        <array>
          <dict>
            <key>_name</key><string>Color LCD</string>
            <key>_spdisplays_display-product-id</key><string>a045</string>
            <key>_spdisplays_display-vendor-id</key><string>610</string>
            <key>_spdisplays_pixels</key><string>2560 x 1664</string>
            <key>_spdisplays_resolution</key><string>1470 x 956 @ 60.00Hz</string>
            <key>spdisplays_main</key><string>spdisplays_yes</string>
          </dict>
          <dict>
            <key>_name</key><string>DELL P2419H</string>
            <key>_spdisplays_display-serial-number</key><string>3KQ2YV2</string>
            <key>_spdisplays_display-vendor-id</key><string>10ac</string>
            <key>_spdisplays_resolution</key><string>1920 x 1080 @ 60.00Hz</string>
          </dict>
        </array>
      </dict>
    </array>
  </dict>`;

export const MAC_PROFILER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<array>
  <dict>
    <key>_dataType</key><string>SPHardwareDataType</string>
    <key>_items</key>
    <array>
      <dict>
        <key>_name</key><string>hardware_overview</string>
        <key>boot_rom_version</key><string>10151.81.1</string>
        <key>chip_type</key><string>Apple M2</string>
        <key>machine_model</key><string>Mac14,2</string>
        <key>machine_name</key><string>MacBook Air</string>
        <key>number_processors</key><string>proc 8:4:4</string>
        <key>physical_memory</key><string>8 GB</string>
        <key>serial_number</key><string>Q9TESTSERIAL</string>
      </dict>
    </array>
  </dict>
  <dict>
    <key>_dataType</key><string>SPMemoryDataType</string>
    <key>_items</key>
    <array>
      <dict>
        <key>SPMemoryDataType</key><string>8 GB</string>
        <key>dimm_manufacturer</key><string>Micron</string>
        <key>dimm_type</key><string>LPDDR5</string>
      </dict>
    </array>
  </dict>
  <dict>
    <key>_dataType</key><string>SPPowerDataType</string>
    <key>_items</key>
    <array>
      <dict>
        <key>_name</key><string>spbattery_information</string>
        <key>sppower_battery_health_info</key>
        <dict>
          <key>sppower_battery_cycle_count</key><integer>143</integer>
          <key>sppower_battery_health</key><string>Good</string>
          <key>sppower_battery_health_maximum_capacity</key><string>91%</string>
        </dict>
        <key>sppower_battery_installed</key><string>TRUE</string>
        <key>sppower_battery_model_info</key>
        <dict>
          <key>sppower_battery_device_name</key><string>bq40z651</string>
          <key>sppower_battery_serial_number</key><string>F8Y1TESTBATTERY</string>
        </dict>
      </dict>
    </array>
  </dict>
  ${DISPLAYS_SECTION}
</array>
</plist>
`;
