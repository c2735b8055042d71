import KMSReady
print(KMSReadyVersion.version)
