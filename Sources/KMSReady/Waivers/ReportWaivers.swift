extension Report {
    /// This report with `waivers` applied on `today`: each finding a waiver in force covers is marked
    /// with it (the first such waiver in file order); waivers past their expiry apply to nothing and are
    /// reported as expired, waivers in force that cover no finding as stale.
    public func applying(_ waivers: [Waiver], today: CalendarDate) -> Report {
        var report = self
        var used = Set<Int>()
        let inForce = waivers.indices.filter { waivers[$0].isInForce(on: today) }
        for keyIndex in report.keys.indices {
            let key = report.keys[keyIndex].key
            for findingIndex in report.keys[keyIndex].findings.indices {
                let finding = report.keys[keyIndex].findings[findingIndex]
                guard let index = inForce.first(where: { waivers[$0].covers(finding, of: key) }) else { continue }
                used.insert(index)
                let waiver = waivers[index]
                report.keys[keyIndex].findings[findingIndex].waiver = AppliedWaiver(reason: waiver.reason, approvedBy: waiver.approvedBy, expires: waiver.expires)
            }
        }
        report.waiverNotices = waivers.indices.compactMap { index in
            if !waivers[index].isInForce(on: today) { return WaiverNotice(kind: .expired, waiver: waivers[index]) }
            return used.contains(index) ? nil : WaiverNotice(kind: .stale, waiver: waivers[index])
        }
        return report
    }
}
