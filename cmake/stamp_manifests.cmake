# Run at install time: writes the project version into the installed data sets' manifests, so that the one
# version in CMakeLists.txt reaches the data sets' metadata. Expects DATA_DIR (installed data folder) and
# VERSION.
file(GLOB manifests "${DATA_DIR}/*/manifest.json")
foreach(manifest IN LISTS manifests)
  file(READ "${manifest}" text)
  string(JSON text SET "${text}" version "\"${VERSION}\"")
  file(WRITE "${manifest}" "${text}\n")
endforeach()
